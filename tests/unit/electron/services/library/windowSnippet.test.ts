import { describe, expect, it } from 'vitest';
import { splitSnippet } from '../../../../../electron/services/library/snippet';
import { windowSnippet } from '../../../../../electron/services/library/windowSnippet';

const parts = (texts: string[], terms: string[]) => splitSnippet(windowSnippet(texts, terms));

describe('windowSnippet', () => {
  it('marks words that start with a query term, case-insensitively', () => {
    expect(parts(['Deepfakes must go within two hours'], ['deepfake'])).toEqual([
      { text: 'Deepfakes', hit: true },
      { text: ' must go within two hours', hit: false },
    ]);
  });

  it('takes the 16-word window with the most hits, marking the cuts', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const text = `${filler} okapi zebra okapi ${filler}`;
    const result = parts([text], ['okapi', 'zebra']);
    expect(result.filter((p) => p.hit).map((p) => p.text)).toEqual(['okapi', 'zebra', 'okapi']);
    expect(result[0].text.startsWith('…')).toBe(true);
    expect(result.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('uses the text with the most hits, the earlier one on a tie', () => {
    expect(parts(['No match here', 'Summary with okapi', 'okapi okapi okapi'], ['okapi']).filter((p) => p.hit)).toHaveLength(3);
    expect(parts(['No match here', 'Summary with okapi', 'Full okapi text'], ['okapi'])[0].text).toBe('Summary with ');
  });

  it('returns nothing when no text holds a query word', () => {
    expect(windowSnippet(['a b c'], ['zzz'])).toBe('');
  });
});
