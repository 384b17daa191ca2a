import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../../common/cutAtWord';

describe('cutting text at a word', () => {
  it('keeps text that fits', () => {
    expect(cutAtWord('  Short title ', 20)).toBe('Short title');
  });
  it('cuts after the last whole word, dropping a dangling comma or dash', () => {
    expect(cutAtWord('Options ahead of a decision on export controls', 24)).toBe('Options ahead of a');
    expect(cutAtWord('Budget, staffing and timing', 8)).toBe('Budget');
    expect(cutAtWord('Export controls – options', 17)).toBe('Export controls');
  });
  it('keeps a word that ends exactly at the limit', () => {
    expect(cutAtWord('Options ahead of a decision', 18)).toBe('Options ahead of a');
  });
  it('cuts a single overlong word where it must', () => {
    expect(cutAtWord('Supercalifragilistic', 5)).toBe('Super');
  });
});
