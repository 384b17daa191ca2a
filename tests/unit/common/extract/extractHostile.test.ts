import { describe, expect, it } from 'vitest';
import { extractDevelopment } from '../../../../common/extract/extractDevelopment';
import { DEFAULT_TOPICS } from '../../../../common/extract/topics';
import { loadArticleFixtures } from '../../../support/articleFixtures';

const OPTIONS = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };
const extract = (text: string, fileName: string | null = 'input.txt') => extractDevelopment({ fileName, text, metadata: {} }, OPTIONS);

// Speed is measured in tests/bench/extraction.ts; these only check that odd input gives a
// well-formed, bounded proposal without throwing.
function expectWellFormed(result: ReturnType<typeof extract>) {
  expect(typeof result.title).toBe('string');
  expect(result.title.length).toBeGreaterThan(0);
  expect(result.title.length).toBeLessThanOrEqual(300);
  expect(result.keyPoints.length).toBeLessThanOrEqual(8);
  expect(result.summary.split(/\s+/).length).toBeLessThanOrEqual(5 * 90);
  expect(result.keyDates.length).toBeLessThanOrEqual(12);
  expect(result.actors.length).toBeLessThanOrEqual(15);
}

describe('odd and hostile input', () => {
  it('gives an empty proposal for empty text', () => {
    const result = extract('');
    expectWellFormed(result);
    expect(result).toMatchObject({ title: 'input', summary: '', keyPoints: [], jurisdictions: [], topics: [], keyDates: [], actors: [] });
  });

  it('gives an empty proposal for whitespace only', () => {
    const result = extract(' \n\t\r\n   \u00a0\n\n');
    expectWellFormed(result);
    expect(result.summary).toBe('');
  });

  it('copes with one sentence of 50,000 words', () => {
    const words = ['China', 'export', 'controls', 'regulators', 'said', 'the', 'rules', 'apply'];
    const text = Array.from({ length: 50_000 }, (_, i) => words[i % words.length]).join(' ');
    const result = extract(text);
    expectWellFormed(result);
    expect(result.jurisdictions).toEqual(['China']);
    expect(result.topics).toContain('export controls');
  });

  it('copes with non-Latin scripts', () => {
    const text = '中国商务部宣布新的出口管制措施。\n日本の経済産業省は半導体の輸出規制を強化した。\nМинистерство объявило новые правила. وزارة التجارة أعلنت قواعد جديدة.';
    const result = extract(text);
    expectWellFormed(result);
    expect(result.summary.length).toBeGreaterThan(0);
  });

  it('copes with 2 MB of text', () => {
    const article = loadArticleFixtures()[0].doc.text;
    const text = article.repeat(Math.ceil((2 * 1024 * 1024) / article.length));
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const result = extract(text);
    expectWellFormed(result);
    expect(result.jurisdictions).toEqual(['United States']);
    expect(result.mentionedJurisdictions[0]).toBe('China');
  });

  it('copes with binary junk, control characters and lone surrogates', () => {
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode((i * 7919) % 0xffff);
    expectWellFormed(extract(junk));
    expectWellFormed(extract('\u0000\u0001\ud800 broken \udfff text.\u0007'));
  });

  it('copes with punctuation storms and pathological patterns', () => {
    expectWellFormed(extract('.'.repeat(100_000)));
    expectWellFormed(extract('A'.repeat(100_000)));
    expectWellFormed(extract('Ministry of '.repeat(20_000)));
    expectWellFormed(extract('(ABC) '.repeat(20_000)));
    expectWellFormed(extract('1 2 3 4 5 6 7 8 9 10 March 2026 '.repeat(5_000)));
    expectWellFormed(extract('within the next 99999 days and in 0 months and 31 February 2026. '.repeat(2_000)));
  });
});
