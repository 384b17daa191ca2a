// Extraction benchmarks: summary quality (ROUGE against hand-written key points, ours vs
// the lead-3 baseline) and the time to extract a 5,000-word article.
import { extractDevelopment } from '../../common/extract/extractDevelopment';
import { readHeader } from '../../common/extract/metadata';
import { splitSentences } from '../../common/extract/sentences';
import { DEFAULT_TOPICS } from '../../common/extract/topics';
import { loadArticleFixtures, type ArticleFixture } from '../support/articleFixtures';
import { rougeL, rougeN, type RougeScore } from '../support/rouge';
import { corpusBenchmarks } from './extractionCorpus';
import { keyDateLibraries } from './extractionLibraries';
import { startImportHelper, stopImportHelper } from './importHelperReady';
import { machineLoad, stats } from './stats';

const OPTIONS = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };

interface Method {
  name: string;
  candidate: (fixture: ArticleFixture) => string;
}

/**
 * Our proposal as a reviewer sees it: the key points plus any summary sentence that is not
 * already a key point (a key point is a trimmed sentence, so "already" means most of the
 * sentence's words are in one key point).
 */
function ours(fixture: ArticleFixture): string {
  const result = extractDevelopment(fixture.doc, OPTIONS);
  const extra = splitSentences(result.summary)
    .map((s) => s.text)
    .filter((sentence) => !result.keyPoints.some((point) => rougeN(point, sentence, 1).recall >= 0.6));
  return [...result.keyPoints, ...extra].join('\n');
}

function leadSentences(fixture: ArticleFixture, count: number): string {
  const { body } = readHeader(fixture.doc, OPTIONS.today);
  return splitSentences(body)
    .slice(0, count)
    .map((s) => s.text)
    .join('\n');
}

function ourSentenceCount(fixture: ArticleFixture): number {
  return splitSentences(ours(fixture)).length;
}

const METHODS: Method[] = [
  { name: 'TextRank + prior + MMR (ours)', candidate: ours },
  { name: 'lead-3', candidate: (f) => leadSentences(f, 3) },
  { name: 'lead-k (k = our sentence count)', candidate: (f) => leadSentences(f, ourSentenceCount(f)) },
];

function mean(scores: RougeScore[]): string {
  const avg = (key: keyof RougeScore) => scores.reduce((sum, s) => sum + s[key], 0) / scores.length;
  return `${avg('f').toFixed(3)} (P ${avg('precision').toFixed(2)} R ${avg('recall').toFixed(2)})`;
}

function summaryQuality(fixtures: ArticleFixture[]): void {
  console.log(`Summary quality: ROUGE F-scores against reference key points, mean over ${fixtures.length} fixture articles`);
  const rows = METHODS.map((method) => {
    const r1: RougeScore[] = [];
    const r2: RougeScore[] = [];
    const rl: RougeScore[] = [];
    let words = 0;
    for (const fixture of fixtures) {
      const candidate = method.candidate(fixture);
      const reference = fixture.referenceKeyPoints.join('\n');
      r1.push(rougeN(candidate, reference, 1));
      r2.push(rougeN(candidate, reference, 2));
      rl.push(rougeL(candidate, reference));
      words += candidate.split(/\s+/).length;
    }
    return [method.name, mean(r1), mean(r2), mean(rl), String(Math.round(words / fixtures.length))];
  });
  const header = ['method', 'ROUGE-1 F', 'ROUGE-2 F', 'ROUGE-L F', 'words'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`);
}

/** A 5,000-word article (headline included) made of the fixture bodies, paragraph by paragraph. */
function fiveThousandWordArticle(fixtures: ArticleFixture[]): string {
  const title = 'Policy round-up: technology rules around the world';
  const paragraphs: string[] = [];
  let words = title.split(' ').length;
  for (let i = 0; words < 5000; i++) {
    const { body } = readHeader(fixtures[i % fixtures.length].doc, OPTIONS.today);
    for (const paragraph of body.split('\n').filter((p) => p.trim())) {
      const paragraphWords = paragraph.trim().split(/\s+/);
      const room = 5000 - words;
      if (room <= 0) break;
      paragraphs.push(paragraphWords.slice(0, room).join(' '));
      words += Math.min(room, paragraphWords.length);
    }
  }
  return [title, ...paragraphs].join('\n');
}

function extractionTime(fixtures: ArticleFixture[]): void {
  const text = fiveThousandWordArticle(fixtures);
  const doc = { fileName: 'roundup.txt', text, metadata: { publishedDate: '2026-06-01' } };
  const coldStart = performance.now();
  extractDevelopment(doc, OPTIONS);
  const cold = performance.now() - coldStart;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    extractDevelopment(doc, OPTIONS);
    const usedCpu = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((usedCpu.user + usedCpu.system) / 1000);
  }
  // CPU time is what the extraction costs; wall time also shows how busy the machine was.
  console.log(`Extract a ${text.split(/\s+/).length}-word article (target ≤ 50 ms), ${machineLoad()}:`);
  console.log(`  first call ${cold.toFixed(1)} ms (builds the matchers)`);
  console.log(`  wall time  ${stats(wall)}`);
  console.log(`  CPU time   ${stats(cpu)}`);
}

/** Large and odd input: extraction reads at most its first 200,000 characters, so these stay bounded. */
function oddInputTime(fixtures: ArticleFixture[]): void {
  const article = fixtures[0].doc.text;
  const words = ['China', 'export', 'controls', 'regulators', 'said', 'the', 'rules', 'apply'];
  const inputs: [string, string][] = [
    ['2 MB of articles', article.repeat(Math.ceil((2 * 1024 * 1024) / article.length))],
    ['one 50,000-word sentence', Array.from({ length: 50_000 }, (_, i) => words[i % words.length]).join(' ')],
    ['100,000 periods', '.'.repeat(100_000)],
  ];
  for (const [name, text] of inputs) {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      extractDevelopment({ fileName: 'odd.txt', text, metadata: {} }, OPTIONS);
      samples.push(performance.now() - start);
    }
    console.log(`  ${name.padEnd(26)} ${stats(samples)}`);
  }
}

export async function extractionBenchmarks(options: { showTuningMisses?: boolean; withLibraries?: boolean } = {}): Promise<void> {
  const fixtures = loadArticleFixtures();
  // The corpus is read as the app reads it (web pages and PDFs on the helper threads).
  await startImportHelper();
  try {
    await corpusBenchmarks(options);
    if (options.withLibraries) await keyDateLibraries();
  } finally {
    stopImportHelper();
  }
  summaryQuality(fixtures);
  extractionTime(fixtures);
  console.log('Extract odd input (wall time):');
  oddInputTime(fixtures);
}
