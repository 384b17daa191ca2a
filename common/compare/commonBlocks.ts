/**
 * Beyond this many cells (blocks changed before × after, once the common start and end are
 * set aside), the full table would cost too much memory; only blocks whose text occurs once
 * on each side are then matched. A 40-page note rewritten from end to end is about 2 million.
 */
const MAX_TABLE_CELLS = 4_000_000;

/** The longest run of the middle parts matched in order, by a table of common lengths. */
function tableMatches(a: readonly number[], b: readonly number[], from: number, toA: number, toB: number): [number, number][] {
  const rows = toA - from;
  const cols = toB - from;
  const width = cols + 1;
  // lengths[i * width + j]: how many match between a[from + i ..] and b[from + j ..]
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[from + i] === b[from + j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (a[from + i] === b[from + j]) {
      pairs.push([from + i, from + j]);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** For sides too large for the table: keys found once on each side, kept in the longest increasing run. */
function uniqueMatches(a: readonly number[], b: readonly number[], from: number, toA: number, toB: number): [number, number][] {
  const count = (side: readonly number[], to: number) => {
    const seen = new Map<number, number>();
    for (let i = from; i < to; i++) seen.set(side[i], (seen.get(side[i]) ?? 0) + 1);
    return seen;
  };
  const inA = count(a, toA);
  const inB = count(b, toB);
  const whereInB = new Map<number, number>();
  for (let j = from; j < toB; j++) if (inB.get(b[j]) === 1 && inA.get(b[j]) === 1) whereInB.set(b[j], j);
  const candidates: [number, number][] = [];
  for (let i = from; i < toA; i++) {
    const j = whereInB.get(a[i]);
    if (j !== undefined) candidates.push([i, j]);
  }
  // Longest increasing run of B positions (patience sorting), so the kept pairs never cross.
  const tails: number[] = [];
  const previous = new Int32Array(candidates.length).fill(-1);
  for (let c = 0; c < candidates.length; c++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (candidates[tails[middle]][1] < candidates[c][1]) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[c] = tails[low - 1];
    tails[low] = c;
  }
  const pairs: [number, number][] = [];
  for (let c = tails.at(-1) ?? -1; c >= 0; c = previous[c]) pairs.push(candidates[c]);
  return pairs.reverse();
}

/**
 * The blocks kept in place: the longest sequence of equal keys found in the same order on
 * both sides, as pairs of positions (before, after) in increasing order.
 */
export function commonBlocks(a: readonly number[], b: readonly number[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle =
    (endA - start) * (endB - start) <= MAX_TABLE_CELLS ? tableMatches(a, b, start, endA, endB) : uniqueMatches(a, b, start, endA, endB);
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  pairs.push(...middle);
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}
