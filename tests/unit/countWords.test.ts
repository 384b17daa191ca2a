import { describe, expect, it } from 'vitest';
import { countWords } from '../../common/noteStructure';

describe('countWords', () => {
  it('counts runs with a letter or digit, not punctuation on its own', () => {
    expect(countWords('The review — for “non-sensitive” items, 2026 … -- 3.5 %')).toBe(7);
  });

  it('does not count Q: and A: labels at the start of a line', () => {
    expect(countWords('Q: Is it final?\nA: Not yet.\nA point about Q: labels')).toBe(10);
  });

  it('counts words in any script and treats any whitespace as a break', () => {
    expect(countWords('Ministère\tdes  Affaires\u00a0étrangères 日本の政策')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('  \n \t ')).toBe(0);
  });
});
