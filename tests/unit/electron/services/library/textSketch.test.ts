import { describe, expect, it } from 'vitest';
import { SKETCH_SIZE, shingles, sketch } from '../../../../../electron/services/library/textSketch';

/** FNV-1a of each joined 5-gram, written out plainly: the values sketches already stored in libraries were made with. */
function joinedShingles(text: string): number[] {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = words.length < 5 ? (words.length ? [words.join(' ')] : []) : words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' '));
  return grams.map((gram) => {
    let hash = 0x811c9dc5;
    for (const char of gram) for (let i = 0; i < char.length; i++) hash = Math.imul(hash ^ char.charCodeAt(i), 0x01000193);
    return hash >>> 0;
  });
}

describe('shingles', () => {
  it('hash each word 5-gram exactly as the joined words would hash, so stored sketches stay valid', () => {
    for (const text of [
      'The ministry of trade set out tiered licences for sensor exports on Monday, with controls kept.',
      'Québec ﬁnance ÉTÉ été naïve café 東京 Straße 𝔘nicode x',
      'two words',
      '',
    ]) {
      expect([...shingles(text)].sort()).toEqual([...new Set(joinedShingles(text))].sort());
    }
    expect([...shingles('alpha beta gamma delta epsilon')]).toEqual([joinedShingles('alpha beta gamma delta epsilon')[0]]);
  });
});

describe('sketch', () => {
  it('keeps the smallest hashes in ascending order, as sorting them all would', () => {
    let seed = 7;
    const random = () => (seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0);
    for (const size of [0, 1, 3, SKETCH_SIZE, SKETCH_SIZE + 1, 50, 5000]) {
      const hashes = new Set(Array.from({ length: size }, random));
      expect(sketch(hashes)).toEqual([...hashes].sort((a, b) => a - b).slice(0, SKETCH_SIZE));
    }
    expect(sketch(new Set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
