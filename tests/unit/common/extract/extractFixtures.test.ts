import { describe, expect, it } from 'vitest';
import { extractDevelopment } from '../../../../common/extract/extractDevelopment';
import { DEFAULT_TOPICS } from '../../../../common/extract/topics';
import { loadArticleFixtures } from '../../../support/articleFixtures';

const fixtures = loadArticleFixtures();
const OPTIONS = { taxonomy: DEFAULT_TOPICS, today: '2026-11-26' };

describe('fixture articles', () => {
  it('has at least 15 articles of 300–900 words, each with 4–6 reference key points', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    for (const { name, doc, referenceKeyPoints } of fixtures) {
      const words = doc.text.split(/\s+/).filter(Boolean).length;
      expect(words, name).toBeGreaterThanOrEqual(300);
      expect(words, name).toBeLessThanOrEqual(900);
      expect(referenceKeyPoints.length, name).toBeGreaterThanOrEqual(4);
      expect(referenceKeyPoints.length, name).toBeLessThanOrEqual(6);
    }
  });

  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, { doc, expected }) => {
    const result = extractDevelopment(doc, OPTIONS);

    it('reads the publication date (and byline where there is one)', () => {
      expect(result.publishedDate).toBe(expected.publishedDate);
      if (expected.author) expect(result.author).toBe(expected.author);
      if (expected.publisher) expect(result.publisher).toBe(expected.publisher);
    });

    it('finds the expected jurisdictions (acting or mentioned), nothing outside the allowed ones, and acts only with expected ones', () => {
      const named = [...result.jurisdictions, ...result.mentionedJurisdictions];
      expect(named).toEqual(expect.arrayContaining(expected.jurisdictions));
      const allowed = new Set([...expected.jurisdictions, ...expected.optionalJurisdictions]);
      expect(named.filter((j) => !allowed.has(j))).toEqual([]);
      // The first acting jurisdiction is one the article is about; a state acting with its country may be optional.
      if (expected.jurisdictions.length > 0) expect(expected.jurisdictions).toContain(result.jurisdictions[0]);
      for (const absent of expected.absentJurisdictions ?? []) expect(named).not.toContain(absent);
      expect(new Set(named).size).toBe(named.length);
    });

    it('finds the expected topics and nothing outside the allowed ones', () => {
      expect(result.topics).toEqual(expect.arrayContaining(expected.topics));
      const allowed = new Set([...expected.topics, ...expected.optionalTopics]);
      expect(result.topics.filter((t) => !allowed.has(t))).toEqual([]);
    });

    it('finds the expected key dates, each labelled and with its source words', () => {
      const dates = result.keyDates.map((d) => d.date);
      for (const { date, about } of expected.keyDates) expect(dates, about).toContain(date);
      for (const keyDate of result.keyDates) {
        expect(keyDate.label.length).toBeGreaterThan(3);
        expect(doc.text.replace(/\s+/g, ' ')).toContain(keyDate.source);
      }
    });

    it('names the expected actors', () => {
      expect(result.actors).toEqual(expect.arrayContaining(expected.actors));
    });

    it('proposes a 3–5 sentence summary and 4–8 key points taken from the text', () => {
      const flat = doc.text.replace(/\s+/g, ' ');
      expect(result.keyPoints.length).toBeGreaterThanOrEqual(4);
      expect(result.keyPoints.length).toBeLessThanOrEqual(8);
      const summarySentences = result.summary.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(summarySentences.length).toBeGreaterThanOrEqual(3);
      expect(summarySentences.length).toBeLessThanOrEqual(5);
      // Summary sentences are in document order.
      const positions = summarySentences.map((sentence) => flat.indexOf(sentence));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  });
});

describe('the corpus article (US review of technology bans on Chinese firms)', () => {
  const corpus = fixtures.find((f) => f.name.startsWith('01_'))!;
  const result = extractDevelopment(corpus.doc, OPTIONS);

  it('has the United States acting and China mentioned', () => {
    expect(result.jurisdictions).toEqual(['United States']);
    expect(result.mentionedJurisdictions[0]).toBe('China');
  });

  it('is about export controls', () => {
    expect(result.topics).toContain('export controls');
  });

  it('proposes a follow-up 60 days after publication for the expected announcement', () => {
    expect(result.publishedDate).toBe('2026-03-10');
    expect(result.keyDates).toContainEqual({
      date: '2026-05-09',
      label: 'Formal announcement expected (estimate: within 60 days, counted from publication)',
      source: 'within the next 60 days',
      estimate: true,
    });
  });
});
