// Extraction on the hand-labelled corpus (tests/fixtures/extraction): every field scored
// against the labels, the tuning half and the test half side by side.
import type { ExtractedDevelopment } from '../../common/extract/types';
import { extractDevelopment } from '../../common/extract/extractDevelopment';
import { DEFAULT_TOPICS } from '../../common/extract/topics';
import { readDocument } from '../../electron/services/import/readDocument';
import { loadCorpus, type CorpusArticle } from '../support/extractionCorpus';
import { rougeL, rougeN } from '../support/rouge';
import { stats } from './stats';

/** Later than every article, so that nothing is resolved against today by accident. */
const OPTIONS = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };

interface Outcome {
  article: CorpusArticle;
  result: ExtractedDevelopment;
  /** Reading the file and extracting, in milliseconds (best of three). */
  importMs: number;
}

async function importArticle(article: CorpusArticle): Promise<Outcome> {
  let best = Infinity;
  let result: ExtractedDevelopment | null = null;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    const doc = await readDocument(article.fileName, article.bytes);
    result = extractDevelopment(doc, OPTIONS);
    best = Math.min(best, performance.now() - start);
  }
  return { article, result: result!, importMs: best };
}

/** Publisher names compare without case, punctuation, a leading "The" or a trailing "LLP". */
function samePublisher(found: string, expected: string): boolean {
  const norm = (name: string) =>
    name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}&]+/gu, ' ')
      .trim();
  return norm(found) === norm(expected);
}

interface HalfFigures {
  articles: number;
  actingPrecision: string;
  actingRecall: string;
  publishedDate: string;
  publishedNull: string;
  keyDateRecall: string;
  junkPerArticle: string;
  publisher: string;
  status: string;
  rouge: string;
  leadRouge: string;
  importTime: string;
}

const ratio = (right: number, total: number) => (total ? `${(right / total).toFixed(2)} (${right}/${total})` : 'n/a');

function leadSentences(result: ExtractedDevelopment, count: number): string {
  return result.summary ? (result.summary.match(/[^.!?]+[.!?]+/g) ?? [result.summary]).slice(0, count).join(' ') : '';
}

function figures(outcomes: Outcome[]): HalfFigures {
  let actingTrue = 0;
  let actingFound = 0;
  let actingExpected = 0;
  let dateRight = 0;
  let dateTotal = 0;
  let nullRight = 0;
  let nullTotal = 0;
  let keyFound = 0;
  let keyTotal = 0;
  let junk = 0;
  let publisherRight = 0;
  let publisherTotal = 0;
  let statusRight = 0;
  const r1: number[] = [];
  const r2: number[] = [];
  const rl: number[] = [];
  for (const { article, result } of outcomes) {
    const { label } = article;
    const expected = new Set(label.acting);
    actingExpected += expected.size;
    actingFound += result.jurisdictions.length;
    actingTrue += result.jurisdictions.filter((j) => expected.has(j)).length;
    if (label.published) {
      dateTotal++;
      if (result.publishedDate === label.published) dateRight++;
    } else {
      nullTotal++;
      if (result.publishedDate === null) nullRight++;
    }
    const found = new Set(result.keyDates.map((k) => k.date));
    keyTotal += label.keyDates.length;
    keyFound += label.keyDates.filter((k) => found.has(k.date)).length;
    const accepted = new Set([...label.keyDates.map((k) => k.date), ...label.otherDates]);
    junk += [...found].filter((date) => !accepted.has(date)).length;
    if (label.publisher) {
      publisherTotal++;
      if (samePublisher(result.publisher, label.publisher)) publisherRight++;
    }
    if (result.status === label.status) statusRight++;
    r1.push(rougeN(result.summary, label.summary, 1).f);
    r2.push(rougeN(result.summary, label.summary, 2).f);
    rl.push(rougeL(result.summary, label.summary).f);
  }
  const mean = (values: number[]) => (values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)).toFixed(3);
  const lead = outcomes.map(({ article, result }) => rougeN(leadSentences(result, 2), article.label.summary, 1).f);
  const times = outcomes.map((o) => o.importMs);
  return {
    articles: outcomes.length,
    actingPrecision: ratio(actingTrue, actingFound),
    actingRecall: ratio(actingTrue, actingExpected),
    publishedDate: ratio(dateRight, dateTotal),
    publishedNull: ratio(nullRight, nullTotal),
    keyDateRecall: ratio(keyFound, keyTotal),
    junkPerArticle: (junk / Math.max(1, outcomes.length)).toFixed(2),
    publisher: ratio(publisherRight, publisherTotal),
    status: ratio(statusRight, outcomes.length),
    rouge: `R1 ${mean(r1)} · R2 ${mean(r2)} · RL ${mean(rl)}`,
    leadRouge: `R1 ${mean(lead)}`,
    importTime: stats(times).replace(/ · n=\d+$/, ''),
  };
}

const ROWS: [keyof HalfFigures, string][] = [
  ['articles', 'articles'],
  ['actingPrecision', 'acting jurisdictions: precision'],
  ['actingRecall', 'acting jurisdictions: recall'],
  ['publishedDate', 'published date right (where labelled)'],
  ['publishedNull', 'published date left empty (none labelled)'],
  ['keyDateRecall', 'key dates found on the right day'],
  ['junkPerArticle', 'junk key dates per article'],
  ['publisher', 'publisher right (where labelled)'],
  ['status', 'status right'],
  ['rouge', 'summary vs reference, ROUGE F'],
  ['leadRouge', 'first two summary sentences, ROUGE-1 F'],
  ['importTime', 'read file + extract, per article'],
];

/** One line per wrong field, for the tuning half only: the test half is measured, not studied. */
function tuningMisses(outcomes: Outcome[]): string[] {
  const lines: string[] = [];
  for (const { article, result } of outcomes) {
    const { label } = article;
    const misses: string[] = [];
    const acting = [...result.jurisdictions].sort().join(', ');
    if (acting !== [...label.acting].sort().join(', ')) misses.push(`acting [${acting}] want [${label.acting.join(', ')}]`);
    if (result.publishedDate !== label.published) misses.push(`published ${result.publishedDate} want ${label.published}`);
    if (label.publisher && !samePublisher(result.publisher, label.publisher)) misses.push(`publisher "${result.publisher}" want "${label.publisher}"`);
    if (result.status !== label.status) misses.push(`status ${result.status} want ${label.status}`);
    const found = new Set(result.keyDates.map((k) => k.date));
    const missed = label.keyDates.filter((k) => !found.has(k.date)).map((k) => k.date);
    const accepted = new Set([...label.keyDates.map((k) => k.date), ...label.otherDates]);
    const junk = result.keyDates.filter((k) => !accepted.has(k.date)).map((k) => `${k.date} "${k.source}"`);
    if (missed.length) misses.push(`missed dates ${missed.join(', ')}`);
    if (junk.length) misses.push(`junk dates ${junk.join('; ')}`);
    if (misses.length) lines.push(`  ${label.file}: ${misses.join(' | ')}`);
  }
  return lines;
}

export async function corpusBenchmarks(options: { showTuningMisses?: boolean } = {}): Promise<void> {
  const corpus = await loadCorpus();
  const outcomes: Outcome[] = [];
  for (const article of corpus) outcomes.push(await importArticle(article));
  const tuning = figures(outcomes.filter((o) => o.article.half === 'tuning'));
  const test = figures(outcomes.filter((o) => o.article.half === 'test'));
  console.log('Extraction on the labelled corpus (tests/fixtures/extraction; odd numbers tune, even numbers test):');
  const width = Math.max(...ROWS.map(([, name]) => name.length));
  const columnWidth = Math.max(...ROWS.map(([key]) => String(tuning[key]).length), 'tuning half'.length);
  console.log(`  ${''.padEnd(width)}  ${'tuning half'.padEnd(columnWidth)}  test half`);
  for (const [key, name] of ROWS) console.log(`  ${name.padEnd(width)}  ${String(tuning[key]).padEnd(columnWidth)}  ${test[key]}`);
  if (options.showTuningMisses) {
    console.log('Tuning-half misses:');
    for (const line of tuningMisses(outcomes.filter((o) => o.article.half === 'tuning'))) console.log(line);
  }
}
