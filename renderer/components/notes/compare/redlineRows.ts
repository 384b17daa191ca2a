import { countsAsChange, type ComparedBlock } from '../../../../common/compare/noteComparison';

/**
 * What the redline lists: a block (with its place among the changes a reader steps through,
 * or null for one that is not a change), or a stretch of unchanged blocks folded into one line.
 */
export type RedlineRow = { type: 'block'; index: number; stop: number | null } | { type: 'unchanged'; from: number; count: number };

/** Unchanged blocks kept on each side of a change, so a change is read in its context. */
export const CONTEXT_BLOCKS = 2;

/**
 * The body's rows. Changes are numbered after the `firstStop` changed details; unless
 * `showAll`, unchanged blocks further than CONTEXT_BLOCKS from any change fold into one row.
 */
export function redlineRows(blocks: readonly ComparedBlock[], firstStop: number, showAll: boolean): RedlineRow[] {
  const near = new Uint8Array(blocks.length);
  blocks.forEach((block, index) => {
    if (block.change === 'same') return;
    for (let k = Math.max(0, index - CONTEXT_BLOCKS); k <= Math.min(blocks.length - 1, index + CONTEXT_BLOCKS); k++) near[k] = 1;
  });
  const rows: RedlineRow[] = [];
  let stop = firstStop;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (showAll || near[index]) {
      rows.push({ type: 'block', index, stop: countsAsChange(block.change) ? stop++ : null });
      continue;
    }
    const last = rows.at(-1);
    if (last?.type === 'unchanged') last.count++;
    else rows.push({ type: 'unchanged', from: index, count: 1 });
  }
  // A single unchanged block takes no more room than the line folding it: show it.
  return rows.map((row) => (row.type === 'unchanged' && row.count === 1 ? { type: 'block', index: row.from, stop: null } : row));
}

/** The change to go to from `current` (none yet: null), one step in `direction`, kept within the `total` changes. */
export function stepChange(current: number | null, direction: 1 | -1, total: number): number | null {
  if (total === 0) return null;
  if (current === null) return direction === 1 ? 0 : total - 1;
  return Math.min(total - 1, Math.max(0, current + direction));
}
