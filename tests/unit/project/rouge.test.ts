import { describe, expect, it } from 'vitest';
import { lcsLength, rougeL, rougeN, tokenize } from '../../support/rouge';

describe('ROUGE', () => {
  it('tokenises lower-case without punctuation', () => {
    expect(tokenize('The U.S., too — “quickly”!')).toEqual(['the', 'u', 's', 'too', 'quickly']);
  });

  it('scores identical texts 1 and disjoint texts 0', () => {
    expect(rougeN('the cat sat', 'The cat sat.', 1).f).toBe(1);
    expect(rougeN('the cat sat', 'the cat sat', 2).f).toBe(1);
    expect(rougeL('the cat sat', 'the cat sat').f).toBe(1);
    expect(rougeN('dog runs', 'the cat sat', 1).f).toBe(0);
  });

  it('clips repeated n-grams and computes precision and recall', () => {
    // candidate "the the the" vs reference "the cat": overlap 1 (clipped), P 1/3, R 1/2
    const score = rougeN('the the the', 'the cat', 1);
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 2);
    expect(score.f).toBeCloseTo(0.4);
  });

  it('counts bigrams', () => {
    // candidate bigrams: "the cat", "cat sat"; reference: "the cat", "cat ran" → overlap 1
    expect(rougeN('the cat sat', 'the cat ran', 2).f).toBeCloseTo(0.5);
  });

  it('finds the longest common subsequence', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])).toBe(3);
    const score = rougeL('police killed the gunman', 'the gunman was killed by police');
    expect(score.precision).toBeCloseTo(2 / 4);
    expect(score.recall).toBeCloseTo(2 / 6);
  });
});
