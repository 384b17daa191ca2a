// Key dates from chrono-node 2.10.3 (already a dependency) against ours, on the tuning half
// only: chrono given the same published date as its reference date, and the same text.
import * as chrono from 'chrono-node';
import { extractDevelopment } from '../../common/extract/extractDevelopment';
import { readHeader } from '../../common/extract/metadata';
import { readDocument } from '../../electron/services/import/readDocument';
import { loadCorpus } from '../support/extractionCorpus';

const OPTIONS = { taxonomy: [], today: '2026-11-26' };

interface Tally {
  found: number;
  expected: number;
  junk: number;
  articles: number;
}

function score(tally: Tally, dates: Set<string>, keyDates: string[], accepted: Set<string>): void {
  tally.expected += keyDates.length;
  tally.found += keyDates.filter((date) => dates.has(date)).length;
  tally.junk += [...dates].filter((date) => !accepted.has(date)).length;
  tally.articles++;
}

export async function keyDateLibraries(): Promise<void> {
  const ours: Tally = { found: 0, expected: 0, junk: 0, articles: 0 };
  const chronoTally: Tally = { found: 0, expected: 0, junk: 0, articles: 0 };
  for (const article of (await loadCorpus()).filter((a) => a.half === 'tuning')) {
    const doc = await readDocument(article.fileName, article.bytes);
    const result = extractDevelopment(doc, OPTIONS);
    const keyDates = article.label.keyDates.map((k) => k.date);
    const accepted = new Set([...keyDates, ...article.label.otherDates]);
    score(ours, new Set(result.keyDates.map((k) => k.date)), keyDates, accepted);
    // chrono reads the same body (furniture removed) with the published date as reference;
    // with none it would count from today, so it then gets only dates written with a year.
    const { body } = readHeader(doc, OPTIONS.today);
    const reference = result.publishedDate ? new Date(`${result.publishedDate}T12:00:00Z`) : new Date(`${OPTIONS.today}T12:00:00Z`);
    const parsed = chrono.parse(body, reference).filter((p) => result.publishedDate || p.start.isCertain('year'));
    const iso = (p: chrono.ParsedResult) => {
      const d = p.start.date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    score(chronoTally, new Set(parsed.filter((p) => p.start.isCertain('day') || p.start.isCertain('weekday')).map(iso)), keyDates, accepted);
  }
  const line = (name: string, t: Tally) =>
    `  ${name.padEnd(34)} found ${(t.found / t.expected).toFixed(2)} (${t.found}/${t.expected}) · junk per article ${(t.junk / t.articles).toFixed(2)}`;
  console.log('Key dates on the tuning half, ours against chrono-node with the published date as reference:');
  console.log(line('ours (common/extract/dates.ts)', ours));
  console.log(line('chrono-node 2.10.3 parse()', chronoTally));
}
