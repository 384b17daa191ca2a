import { describe, expect, it } from 'vitest';
import type { ComparedBlock } from '../../../../../../common/compare/noteComparison';
import { redlineRows, stepChange } from '../../../../../../renderer/components/notes/compare/redlineRows';

const block = (change: ComparedBlock['change']): ComparedBlock => ({ change, kind: 'paragraph', depth: 0, parts: [{ text: 'x', change: 'same' }] });

describe('the rows of a redline', () => {
  it('folds unchanged blocks far from any change, keeps two on each side, and numbers changes after the details', () => {
    const blocks = [...Array.from({ length: 6 }, () => block('same')), block('changed'), ...Array.from({ length: 6 }, () => block('same')), block('moved-from'), block('added')];
    expect(redlineRows(blocks, 1, false)).toEqual([
      { type: 'unchanged', from: 0, count: 4 },
      { type: 'block', index: 4, stop: null },
      { type: 'block', index: 5, stop: null },
      { type: 'block', index: 6, stop: 1 },
      { type: 'block', index: 7, stop: null },
      { type: 'block', index: 8, stop: null },
      { type: 'unchanged', from: 9, count: 2 },
      { type: 'block', index: 11, stop: null },
      { type: 'block', index: 12, stop: null },
      // The old place of a move is shown but not a stop: the move is stepped to at its new place.
      { type: 'block', index: 13, stop: null },
      { type: 'block', index: 14, stop: 2 },
    ]);
  });

  it('shows every block when asked, and a lone unchanged block rather than a line folding it', () => {
    const blocks = [block('changed'), block('same'), block('same'), block('same'), block('same'), block('same'), block('removed')];
    expect(redlineRows(blocks, 0, true).every((row) => row.type === 'block')).toBe(true);
    expect(redlineRows(blocks, 0, false).map((row) => row.type)).toEqual(['block', 'block', 'block', 'block', 'block', 'block', 'block']);
  });

  it('steps through the changes without going past either end', () => {
    expect(stepChange(null, 1, 3)).toBe(0);
    expect(stepChange(null, -1, 3)).toBe(2);
    expect(stepChange(0, 1, 3)).toBe(1);
    expect(stepChange(2, 1, 3)).toBe(2);
    expect(stepChange(0, -1, 3)).toBe(0);
    expect(stepChange(null, 1, 0)).toBeNull();
  });
});
