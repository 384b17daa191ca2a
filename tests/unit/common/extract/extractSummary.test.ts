import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../common/extract/sentences';
import { asKeyPoint, keyPointCount, MAX_KEY_POINT_WORDS, rankSentences, shortenForKeyPoint, summarizeSentences, summaryLength } from '../../../../common/extract/summarize';

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
    // Who said it stays: dropping it turns a report into a stated fact.
    ['Officials said that the rule applies to all platforms.', 'Officials said that the rule applies to all platforms.'],
    ['The rule applies to all large platforms, according to industry analysts.', 'The rule applies to all large platforms, according to industry analysts.'],
    ['The Authority (IMDA) will run the tests for members.', 'The Authority will run the tests for members.'],
    ['Officials said that it grows.', 'Officials said that it grows.'],
  ])('%s → %s', (sentence, point) => {
    expect(asKeyPoint(sentence)).toBe(point);
  });
});

describe('summarizeSentences', () => {
  const story = [
    'The regulator fined the largest platform 2 billion euros for breaking competition rules on app stores.',
    'The decision follows a two-year investigation into how the platform treated rival developers.',
    '',
    'The platform must change its app store rules within 60 days or face daily penalties of up to 5% of turnover.',
    'The platform said it would appeal the decision in court, according to a company statement.',
    '',
    'Smaller developers welcomed the decision and said app store fees had hurt their business for years.',
    'A second investigation into payment rules will report by the end of the year, officials said.',
    '',
    'Consumer groups said the fine was the largest the regulator had ever imposed on a technology company.',
  ].join('\n');
  const { summary, keyPoints } = summarizeSentences(splitSentences(story), 'Regulator fines platform over app store rules');

  it('opens the summary with the lead, the news', () => {
    expect(summary.startsWith('The regulator fined the largest platform')).toBe(true);
  });

  it('gives key points that are not summary sentences, each short, and keeps their attribution', () => {
    for (const point of keyPoints) {
      expect(summary).not.toContain(point);
      expect(point.split(/\s+/).length).toBeLessThanOrEqual(MAX_KEY_POINT_WORDS);
    }
    const attributed = keyPoints.find((point) => point.includes('second investigation'));
    if (attributed) expect(attributed).toContain('officials said');
  });

  it('draws key points from more than the first paragraphs', () => {
    const lastParagraphs = ['Smaller developers', 'second investigation', 'Consumer groups'];
    expect(keyPoints.some((point) => lastParagraphs.some((start) => point.includes(start)))).toBe(true);
  });
});

describe('shortenForKeyPoint', () => {
  it('cuts a long sentence at a clause break, or gives up when there is none early enough', () => {
    const long = `The regulator said the rules would apply to every platform with more than ten million users in the country, ${'and to others that it names later '.repeat(3)}under a separate procedure.`;
    const short = shortenForKeyPoint(long);
    expect(short).toBe('The regulator said the rules would apply to every platform with more than ten million users in the country.');
    expect(shortenForKeyPoint('word '.repeat(50).trim())).toBeNull();
  });
});
