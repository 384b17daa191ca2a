import { commonBlocks } from './commonBlocks';
import { isFurniture, type NoteBlock } from './noteBlocks';

/**
 * One step of the redline, in reading order, by positions in the blocks before (a) and
 * after (b). 'changed' pairs one block with one (edited in place), or one with several (a
 * paragraph split) or several with one (paragraphs joined).
 */
export type AlignStep =
  | { type: 'same'; a: number; b: number }
  | { type: 'changed'; a: number[]; b: number[] }
  | { type: 'removed'; a: number }
  | { type: 'added'; b: number }
  | { type: 'moved-from'; a: number; b: number; moveId: number }
  | { type: 'moved-to'; a: number; b: number; moveId: number };

/** Share of words in common at which a block at another place is the same block, moved and edited. */
const MOVE_SIMILARITY = 0.75;
/** Share of words in common at which a block in the same place is taken as edited, not replaced. */
const EDIT_SIMILARITY = 0.5;
/** Share of words a paragraph must have in common with the run of paragraphs it was split into. */
const SPLIT_SIMILARITY = 0.85;
/** A split or join is taken only when the run is clearly closer than any single block. */
const SPLIT_MARGIN = 0.1;
/** Parts a split or join is looked for in (a paragraph cut in two or three). */
const MAX_SPLIT_PARTS = 3;
/** Words found in more blocks than this are too common to find candidates by. */
const COMMON_WORD_BLOCKS = 40;
/** Candidates weighed per block: those sharing the most uncommon words. */
const MAX_CANDIDATES = 24;

const EMPTY: Set<string> = new Set();
const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Dice's coefficient of two word sets: 1 for the same words, 0 for none in common. */
function similarity(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function union(sets: readonly ReadonlySet<string>[]): Set<string> {
  const out = new Set<string>();
  for (const set of sets) for (const word of set) out.add(word);
  return out;
}

/** Gap k is the stretch between the k-th and (k+1)-th block kept in place; -1 for a kept block. */
function gapsOf(length: number, kept: readonly number[]): Int32Array {
  const gaps = new Int32Array(length).fill(-1);
  const isKept = new Uint8Array(length);
  for (const position of kept) isKept[position] = 1;
  let gap = 0;
  for (let i = 0; i < length; i++) {
    if (isKept[i]) gap++;
    else gaps[i] = gap;
  }
  return gaps;
}

/** An index from word to the blocks (of those still unpaired) holding it, to find candidates without comparing every pair. */
function wordIndex(positions: readonly number[], words: readonly Set<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const position of positions) {
    for (const word of words[position]) {
      const list = index.get(word);
      if (list) list.push(position);
      else index.set(word, [position]);
    }
  }
  return index;
}

function candidatesFor(words: ReadonlySet<string>, index: Map<string, number[]>, taken: Uint8Array): number[] {
  const shared = new Map<number, number>();
  for (const word of words) {
    const list = index.get(word);
    if (!list || list.length > COMMON_WORD_BLOCKS) continue;
    for (const position of list) if (!taken[position]) shared.set(position, (shared.get(position) ?? 0) + 1);
  }
  return [...shared.entries()]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, MAX_CANDIDATES)
    .map(([position]) => position);
}

/** A pairing inside one gap: the positions on each side it covers. */
interface GapPair {
  a: number[];
  b: number[];
}

/** One version's blocks as the matching sees them. */
interface Side {
  blocks: readonly NoteBlock[];
  words: readonly Set<string>[];
  taken: Uint8Array;
  gaps: Int32Array;
  /** Positions not yet paired. */
  open(): number[];
}

interface SplitSide {
  /** The side with the one block. */
  from: Side;
  /** The side with the run it became (or came from). */
  into: Side;
}

const crosses = (pair: GapPair, other: GapPair) => (pair.a[0] < other.a[0]) !== (pair.b[0] < other.b[0]);

/**
 * Lines up two versions' blocks: those kept in place, then blocks found elsewhere (moves),
 * paragraphs split or joined, blocks edited in place, and what is left as removed or added.
 */
export function alignBlocks(before: readonly NoteBlock[], after: readonly NoteBlock[]): AlignStep[] {
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const kept = commonBlocks(
    before.map((block) => idOf(block.key)),
    after.map((block) => idOf(block.key)),
  );
  const gapA = gapsOf(before.length, kept.map(([a]) => a));
  const gapB = gapsOf(after.length, kept.map(([, b]) => b));
  const takenA = new Uint8Array(before.length);
  const takenB = new Uint8Array(after.length);
  for (const [a, b] of kept) takenA[a] = takenB[b] = 1;

  const moves = new Map<number, number>(); // a → b
  const moveOfB = new Map<number, number>(); // b → a
  const gapPairs = new Map<number, GapPair[]>();
  const pairMove = (a: number, b: number) => {
    moves.set(a, b);
    moveOfB.set(b, a);
    takenA[a] = takenB[b] = 1;
  };
  const pairInGap = (pair: GapPair) => {
    const gap = gapA[pair.a[0]];
    const list = gapPairs.get(gap) ?? [];
    list.push(pair);
    gapPairs.set(gap, list);
    for (const a of pair.a) takenA[a] = 1;
    for (const b of pair.b) takenB[b] = 1;
  };
  const crossesInGap = (pair: GapPair) => (gapPairs.get(gapA[pair.a[0]]) ?? []).some((other) => crosses(pair, other));

  // 1. The same text elsewhere: a move. (Inside one gap it would have been kept in place.)
  const waitingB = new Map<string, number[]>();
  for (let b = 0; b < after.length; b++) {
    if (takenB[b] || isFurniture(after[b])) continue;
    const list = waitingB.get(after[b].key) ?? [];
    list.push(b);
    waitingB.set(after[b].key, list);
  }
  for (let a = 0; a < before.length; a++) {
    if (takenA[a] || isFurniture(before[a])) continue;
    const b = waitingB.get(before[a].key)?.shift();
    if (b !== undefined) pairMove(a, b);
  }

  // 2. A paragraph split into consecutive ones in the same place, or consecutive ones joined.
  const split = (side: SplitSide, tryPair: (one: number, run: number[]) => boolean) => {
    const { from, into } = side;
    const index = wordIndex(into.open(), into.words);
    for (let one = 0; one < from.blocks.length; one++) {
      if (from.taken[one] || isFurniture(from.blocks[one]) || from.words[one].size < 6) continue;
      let best: { run: number[]; score: number } | null = null;
      let bestSingle = 0;
      for (const candidate of candidatesFor(from.words[one], index, into.taken)) {
        bestSingle = Math.max(bestSingle, similarity(from.words[one], into.words[candidate]));
        for (let length = 2; length <= MAX_SPLIT_PARTS; length++) {
          for (let first = candidate - length + 1; first <= candidate; first++) {
            const run = Array.from({ length }, (_, k) => first + k);
            const usable = run.every(
              (p) => p >= 0 && p < into.blocks.length && !into.taken[p] && into.gaps[p] === from.gaps[one] && into.blocks[p].kind === into.blocks[first].kind,
            );
            if (!usable) continue;
            const score = similarity(from.words[one], union(run.map((p) => into.words[p])));
            if (score >= SPLIT_SIMILARITY && (!best || score > best.score)) best = { run, score };
          }
        }
      }
      if (best && best.score >= bestSingle + SPLIT_MARGIN) tryPair(one, best.run);
    }
  };
  // Words only of the blocks still unpaired: in a note changed here and there, a handful.
  const wordsOfOpen = (blocks: readonly NoteBlock[], taken: Uint8Array) => blocks.map((block, i) => (taken[i] ? EMPTY : wordsOf(block.text)));
  const wordsA = wordsOfOpen(before, takenA);
  const wordsB = wordsOfOpen(after, takenB);
  const sideA: Side = { blocks: before, words: wordsA, taken: takenA, gaps: gapA, open: () => before.map((_, a) => a).filter((a) => !takenA[a]) };
  const sideB: Side = { blocks: after, words: wordsB, taken: takenB, gaps: gapB, open: () => after.map((_, b) => b).filter((b) => !takenB[b]) };
  const tryInGap = (pair: GapPair) => {
    if (crossesInGap(pair)) return false;
    pairInGap(pair);
    return true;
  };
  split({ from: sideA, into: sideB }, (one, run) => tryInGap({ a: [one], b: run }));
  split({ from: sideB, into: sideA }, (one, run) => tryInGap({ a: run, b: [one] }));

  // 3. Blocks sharing most of their words: edited in place, or moved and edited.
  const index = wordIndex(sideB.open(), wordsB);
  const likely: { a: number; b: number; score: number }[] = [];
  for (const a of sideA.open()) {
    if (isFurniture(before[a])) continue;
    for (const b of candidatesFor(wordsA[a], index, takenB)) {
      if (isFurniture(after[b])) continue;
      const score = similarity(wordsA[a], wordsB[b]);
      if (score >= EDIT_SIMILARITY) likely.push({ a, b, score });
    }
  }
  likely.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b, score } of likely) {
    if (takenA[a] || takenB[b]) continue;
    const pair = { a: [a], b: [b] };
    if (gapA[a] === gapB[b] && !crossesInGap(pair)) pairInGap(pair);
    else if (score >= MOVE_SIMILARITY) pairMove(a, b);
  }

  return stepsInOrder(before.length, after.length, kept, gapA, gapB, gapPairs, moves, moveOfB);
}

/** Reading order: each gap's old and new blocks around its pairings, then the block kept after it. */
function stepsInOrder(
  lengthA: number,
  lengthB: number,
  kept: readonly [number, number][],
  gapA: Int32Array,
  gapB: Int32Array,
  gapPairs: Map<number, GapPair[]>,
  moves: Map<number, number>,
  moveOfB: Map<number, number>,
): AlignStep[] {
  const moveIds = new Map<number, number>();
  let nextMoveId = 1;
  const moveIdOf = (a: number) => {
    let id = moveIds.get(a);
    if (id === undefined) moveIds.set(a, (id = nextMoveId++));
    return id;
  };
  const inGapA: number[][] = Array.from({ length: kept.length + 1 }, () => []);
  const inGapB: number[][] = Array.from({ length: kept.length + 1 }, () => []);
  for (let a = 0; a < lengthA; a++) if (gapA[a] >= 0) inGapA[gapA[a]].push(a);
  for (let b = 0; b < lengthB; b++) if (gapB[b] >= 0) inGapB[gapB[b]].push(b);

  const steps: AlignStep[] = [];
  const paired = new Set<string>();
  for (let gap = 0; gap <= kept.length; gap++) {
    const pairs = [...(gapPairs.get(gap) ?? [])].sort((x, y) => x.a[0] - y.a[0]);
    for (const pair of pairs) {
      for (const a of pair.a) paired.add(`a${a}`);
      for (const b of pair.b) paired.add(`b${b}`);
    }
    const olds = inGapA[gap];
    const news = inGapB[gap];
    let i = 0;
    let j = 0;
    const flushOld = (until: number) => {
      for (; i < olds.length && olds[i] < until; i++) {
        const a = olds[i];
        if (paired.has(`a${a}`)) continue;
        const b = moves.get(a);
        steps.push(b === undefined ? { type: 'removed', a } : { type: 'moved-from', a, b, moveId: moveIdOf(a) });
      }
    };
    const flushNew = (until: number) => {
      for (; j < news.length && news[j] < until; j++) {
        const b = news[j];
        if (paired.has(`b${b}`)) continue;
        const a = moveOfB.get(b);
        steps.push(a === undefined ? { type: 'added', b } : { type: 'moved-to', a, b, moveId: moveIdOf(a) });
      }
    };
    for (const pair of pairs) {
      flushOld(pair.a[0]);
      flushNew(pair.b[0]);
      steps.push({ type: 'changed', a: pair.a, b: pair.b });
    }
    flushOld(Number.POSITIVE_INFINITY);
    flushNew(Number.POSITIVE_INFINITY);
    if (gap < kept.length) steps.push({ type: 'same', a: kept[gap][0], b: kept[gap][1] });
  }
  return steps;
}
