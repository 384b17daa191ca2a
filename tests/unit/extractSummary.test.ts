import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../common/extract/sentences';
import { asKeyPoint, keyPointCount, rankSentences, summaryLength } from '../../common/extract/summarize';

describe('splitSentences', () => {
  it('does not split after U.S., titles, initials or company suffixes', () => {
    const text = 'The U.S. Commerce Department met Dr. Lee and J. Smith of Acme Corp. on Monday. They agreed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. Commerce Department met Dr. Lee and J. Smith of Acme Corp. on Monday.',
      'They agreed.',
    ]);
  });

  it('splits after an abbreviation when a typical opener follows', () => {
    expect(splitSentences('Talks stalled in the U.S. The talks resume in May.').map((s) => s.text)).toEqual([
      'Talks stalled in the U.S.',
      'The talks resume in May.',
    ]);
  });

  it('numbers sentences and paragraphs, and marks paragraph leads', () => {
    const sentences = splitSentences('One is here. Two is here.\n\nThree is here.');
    expect(sentences.map((s) => [s.index, s.paragraph, s.leadsParagraph])).toEqual([
      [0, 0, true],
      [1, 0, false],
      [2, 1, true],
    ]);
  });

  it('cuts a run-on sentence into bounded pieces', () => {
    const pieces = splitSentences('word '.repeat(1000));
    expect(pieces.length).toBe(12);
    expect(Math.max(...pieces.map((s) => s.text.split(' ').length))).toBeLessThanOrEqual(90);
  });
});

const article = [
  'The regulator fined the largest platform for breaking competition rules on app stores.',
  'The fine of two billion euros is the largest the regulator has imposed on an app store operator.',
  'The fine of two billion euros is the largest the regulator has imposed on an app store operator.',
  'The platform said it would appeal the decision in court.',
  'Smaller developers welcomed the decision and said app store fees had hurt their business.',
  'The weather in the capital was mild on the day of the announcement.',
  'The regulator also opened a second investigation into app store payment rules.',
  'Analysts said the decision could change how app stores charge developers across the region.',
].join(' ');

describe('rankSentences', () => {
  const sentences = splitSentences(article);
  const ranked = rankSentences(sentences, 'Regulator fines platform over app store rules').ordered;

  it('ranks the lead and central sentences above an off-topic one', () => {
    const position = (needle: string) => ranked.findIndex((s) => s.text.includes(needle));
    expect(position('The regulator fined the largest platform')).toBeLessThan(3);
    const weather = position('weather');
    expect(weather === -1 || weather > position('second investigation')).toBe(true);
  });

  it('never picks a sentence twice, even when the text repeats it', () => {
    const fine = ranked.filter((s) => s.text.startsWith('The fine of two billion euros'));
    expect(fine.length).toBe(1);
  });

  it('gives nothing for nothing', () => {
    expect(rankSentences([]).ordered).toEqual([]);
  });
});

describe('summary and key point sizes', () => {
  it('keeps the summary at 3–5 sentences and key points at 4–8, or fewer if the text has fewer', () => {
    expect([summaryLength(2), summaryLength(10), summaryLength(30), summaryLength(300)]).toEqual([2, 3, 4, 5]);
    expect([keyPointCount(3), keyPointCount(10), keyPointCount(24), keyPointCount(300)]).toEqual([3, 4, 6, 8]);
  });
});

describe('asKeyPoint', () => {
  it.each([
    ['However, the rule applies to all platforms.', 'The rule applies to all platforms.'],
    ['Officials said that the rule applies to all platforms.', 'The rule applies to all platforms.'],
    ['The rule applies to all large platforms, according to industry analysts.', 'The rule applies to all large platforms.'],
    ['The Authority (IMDA) will run the tests for members.', 'The Authority will run the tests for members.'],
    ['Officials said that it grows.', 'Officials said that it grows.'],
  ])('%s → %s', (sentence, point) => {
    expect(asKeyPoint(sentence)).toBe(point);
  });
});
