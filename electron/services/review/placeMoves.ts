import { paragraphNode, plainText, textNode, type SerializedNode } from '../../../common/editorState';
import { breakSuggestionOf, MOVE_STATE_KEY, moveSuggestionOf, withBlockState, type MoveSuggestion } from '../../../common/suggestions';
import type { NoteParagraph } from './noteParagraphs';
import { blockPathOf, type BreakPlaced } from './placeBreaks';
import type { DocxMove } from './readReviewDocx';

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

/**
 * Suggested moves of top-level paragraphs, headings and quotes (a colleague's, or Word's), made in the note
 * as the editor makes them (blockMoves.ts): the block goes before the block starting paragraph
 * `before` (or to the end) carrying the move, and a stand-in paragraph with its text takes its
 * place. All are found first and then made, so one move does not shift another's places. One
 * the note has (by id) is known; one whose block has a move of its own, is not a top-level
 * paragraph, heading or quote, or would stay where it is, is not placed.
 */
export function placeMoves(root: SerializedNode[], moves: readonly DocxMove[], paragraphs: readonly NoteParagraph[], bodyStart: number, suggestionFor: (move: DocxMove) => Omit<MoveSuggestion, 'side'>): Record<BreakPlaced, number> {
  const counts = { added: 0, known: 0, unplaced: 0 };
  const noteMoves = new Set(root.flatMap((node) => (moveSuggestionOf(node) ? [moveSuggestionOf(node)!.suggestionId] : [])));
  const found: { move: DocxMove; block: SerializedNode; before: SerializedNode | null }[] = [];
  for (const move of moves) {
    if (move.own && noteMoves.has(move.own.id)) {
      counts.known++;
      continue;
    }
    const block = topBlockAt(root, paragraphs, move.from.paragraph - bodyStart);
    const reached = move.before === null ? null : topBlockAt(root, paragraphs, move.before - bodyStart);
    // The text is read with the note's own moves unmade: a paragraph read where a stand-in stands is the stand-in's place.
    const before = reached ? standInOf(root, reached) : reached;
    const path = block && blockPathOf(root, paragraphs[move.from.paragraph - bodyStart]!.pieces[0]!.path);
    const stays = before === block || (before && root.indexOf(before) === root.indexOf(block!) + 1) || (before === null && root.at(-1) === block);
    // A block beside a suggested break does not move (as in the editor): the break would end up between two others.
    const next = block ? root[root.indexOf(block) + 1] : undefined;
    const breakBeside = [block, next, before].some((node) => node && breakSuggestionOf(node));
    if (!block || path?.length !== 1 || !MOVABLE.has(block.type) || moveSuggestionOf(block) || before === undefined || stays || breakBeside || found.some((other) => other.block === block)) {
      counts.unplaced++;
      continue;
    }
    found.push({ move, block, before });
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
