import { paragraphNode, plainText, textNode, type SerializedNode } from '../../../common/editorState';
import { breakSuggestionOf, MOVE_STATE_KEY, moveSuggestionOf, withBlockState, type MoveSuggestion } from '../../../common/suggestions';
import type { NoteParagraph } from './noteParagraphs';
import { blockPathOf, type BreakPlaced } from './placeBreaks';
import type { DocxBreak, DocxMove } from './readReviewDocx';

const MOVABLE: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote']);

/** The top-level block of the note whose text starts a paragraph, if the paragraph starts with it. */
function topBlockAt(root: SerializedNode[], paragraphs: readonly NoteParagraph[], index: number): SerializedNode | undefined {
  const first = paragraphs[index]?.pieces[0];
  if (!first || first.start !== 0) return undefined;
  return root[first.path[0]!];
}

/** The stand-in of a block the note has moved already (the block itself if it is not moved, or its stand-in is gone). */
function standInOf(root: SerializedNode[], block: SerializedNode): SerializedNode {
  const move = moveSuggestionOf(block);
  if (move?.side !== 'to') return block;
  return root.find((node) => moveSuggestionOf(node)?.suggestionId === move.suggestionId && moveSuggestionOf(node)?.side === 'from') ?? block;
}

/** A time to the whole second, as Word and LibreOffice write it back (the editor's have milliseconds). */
export const toTheSecond = (date: string) => Math.floor(Date.parse(date) / 1000);

/**
 * A move the note has already: a colleague's by its id; Word's (merged from the same file
 * before) by its block, moved by the same author at the same second. The note is then read
 * with its moves unmade, so the block is found where the file has it.
 */
function moveKnown(root: SerializedNode[], move: DocxMove, paragraphs: readonly NoteParagraph[], bodyStart: number): boolean {
  if (move.own) return root.some((node) => moveSuggestionOf(node)?.suggestionId === move.own!.id);
  const block = topBlockAt(root, paragraphs, move.from.paragraph - bodyStart);
  const made = block && moveSuggestionOf(block);
  return made?.side === 'to' && made.author.name.trim() === move.author.trim() && move.date !== undefined && toTheSecond(made.createdAt) === toTheSecond(move.date);
}

/** Whether paragraph `index` of the note starts its top-level block (not a later item of a list, or a later paragraph of a table). */
function startsTopBlock(paragraphs: readonly NoteParagraph[], index: number): boolean {
  const top = paragraphs[index]?.pieces[0]?.path[0];
  return top !== undefined && paragraphs.findIndex((paragraph) => paragraph.pieces[0]?.path[0] === top) === index;
}

/**
 * The block a move takes and the block it goes before (null: to the end), or null where the
 * move cannot be made: the block has a move of its own, is not a top-level paragraph, heading
 * or quote, would stay where it is, is beside a suggested break, or would go inside a list or table.
 */
function moveTarget(root: SerializedNode[], move: DocxMove, paragraphs: readonly NoteParagraph[], bodyStart: number): { block: SerializedNode; before: SerializedNode | null } | null {
  const block = topBlockAt(root, paragraphs, move.from.paragraph - bodyStart);

  // A place past the body's last text (the decision lines, the document's later sections) is the end
  // of its text: before the first block after the last that has text (a decision block), if any.
  const bodyEnd = paragraphs.findLastIndex((paragraph) => paragraph.pieces.length > 0) + 1;
  const beforeIndex = move.before === null || move.before - bodyStart >= bodyEnd ? null : move.before - bodyStart;
  if (beforeIndex !== null && !startsTopBlock(paragraphs, beforeIndex)) return null;
  const lastTextBlock = bodyEnd > 0 ? paragraphs[bodyEnd - 1]!.pieces[0]!.path[0]! : -1;
  const reached = beforeIndex === null ? (root[lastTextBlock + 1] ?? null) : topBlockAt(root, paragraphs, beforeIndex);
  // The text is read with the note's own moves unmade: a paragraph read where a stand-in stands is the stand-in's place.
  const before = reached ? standInOf(root, reached) : reached;
  const path = block && blockPathOf(root, paragraphs[move.from.paragraph - bodyStart]!.pieces[0]!.path);
  if (!block || path?.length !== 1 || !MOVABLE.has(block.type) || moveSuggestionOf(block) || before === undefined) return null;
  const stays = before === block || (before && root.indexOf(before) === root.indexOf(block) + 1) || (before === null && root.at(-1) === block);
  // A block beside a suggested break does not move (as in the editor): the break would end up between two others.
  const next = root[root.indexOf(block) + 1];
  const breakBeside = [block, next, before].some((node) => node && breakSuggestionOf(node));
  return stays || breakBeside ? null : { block, before };
}

/**
 * Whether a move can be made in the note as it is (see `moveTarget`), and still once the
 * review's other paragraph breaks are made: one of them on the moved block, the block after it
 * or the block it goes before would stop it then (a block beside a suggested break stays).
 */
export function canMakeMove(root: SerializedNode[], move: DocxMove, paragraphs: readonly NoteParagraph[], bodyStart: number, otherBreaks: readonly DocxBreak[]): boolean {
  if (moveKnown(root, move, paragraphs, bodyStart)) return true;
  // An inserted break splits its paragraph; a deleted one joins its paragraph to the one before.
  const touched = new Set(otherBreaks.flatMap((change) => (change.kind === 'insert' ? [change.at.paragraph] : [change.at.paragraph - 1, change.at.paragraph])));
  const places = [move.from.paragraph, move.from.paragraph + 1, ...(move.before === null ? [] : [move.before])];
  return !places.some((place) => touched.has(place)) && moveTarget(root, move, paragraphs, bodyStart) !== null;
}

/**
 * Suggested moves of top-level paragraphs, headings and quotes (a colleague's, or Word's), made in the note
 * as the editor makes them (blockMoves.ts): the block goes before the block starting paragraph
 * `before` (or to the end) carrying the move, and a stand-in paragraph with its text takes its
 * place. All are found first and then made, so one move does not shift another's places. One
 * the note has (see `moveKnown`) is known; one that cannot be made (see `moveTarget`) is not placed.
 */
export function placeMoves(root: SerializedNode[], moves: readonly DocxMove[], paragraphs: readonly NoteParagraph[], bodyStart: number, suggestionFor: (move: DocxMove) => Omit<MoveSuggestion, 'side'>): Record<BreakPlaced, number> {
  const counts = { added: 0, known: 0, unplaced: 0 };
  const found: { move: DocxMove; block: SerializedNode; before: SerializedNode | null }[] = [];
  for (const move of moves) {
    if (moveKnown(root, move, paragraphs, bodyStart)) {
      counts.known++;
      continue;
    }
    const target = moveTarget(root, move, paragraphs, bodyStart);
    if (!target || found.some((other) => other.block === target.block)) {
      counts.unplaced++;
      continue;
    }
    found.push({ move, ...target });
  }
  /** A block already given a stand-in by one of these moves: the stand-in is in its place now. */
  const replaced = new Map<SerializedNode, SerializedNode>();
  for (const { move, block, before } of found) {
    const suggestion: MoveSuggestion = { ...suggestionFor(move), side: 'to' };
    const standIn = withBlockState(paragraphNode([textNode(plainText(block))]), MOVE_STATE_KEY, { ...suggestion, side: 'from' });
    root.splice(root.indexOf(block), 1, standIn);
    replaced.set(block, standIn);
    const moved = withBlockState(block, MOVE_STATE_KEY, suggestion);
    if (before === null) root.push(moved);
    else root.splice(root.indexOf(replaced.get(before) ?? before), 0, moved);
    counts.added++;
  }
  return counts;
}
