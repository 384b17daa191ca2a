import type { SerializedNode } from '../../../common/editorState';
import { BREAK_STATE_KEY, breakSuggestionOf, canJoin, isSuggestionNode, moveSuggestionOf, withBlockState, withState, type BreakSuggestion } from '../../../common/suggestions';
import { SNIPPET_NODE_TYPE } from '../../../common/snippet';
import { nodeAtPath, type NodePath, type NoteParagraph } from './noteParagraphs';
import type { DocxPosition } from './readReviewDocx';

const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/** What placing a tracked paragraph break came to. */
export type BreakPlaced = 'added' | 'known' | 'unplaced';

/** The path of the text block a text node is in: the deepest paragraph, heading, quote or list item on its path. */
export function blockPathOf(root: SerializedNode[], path: NodePath): NodePath | null {
  for (let length = path.length - 1; length > 0; length--) {
    const prefix = path.slice(0, length);
    if (TEXT_BLOCKS.has(nodeAtPath(root, prefix).type ?? '')) return prefix;
  }
  return null;
}

/** Sets the block at a path to a copy with `suggested` as its break (null: none). */
function setBreak(root: SerializedNode[], blockPath: NodePath, suggested: BreakSuggestion | null): void {
  const siblings = blockPath.length === 1 ? root : nodeAtPath(root, blockPath.slice(0, -1)).children!;
  const index = blockPath.at(-1)!;
  siblings[index] = withBlockState(siblings[index]!, BREAK_STATE_KEY, suggested);
}

/**
 * Splits a node at a text node (by its path below the node) and an offset in it: the part
 * before and the part after, inline elements on the way copied into both (as the editor
 * splits them); parts left empty are dropped.
 */
function splitAt(node: SerializedNode, below: NodePath, offset: number): [SerializedNode[], SerializedNode[]] {
  if (below.length === 0) {
    const text = node.text ?? '';
    const part = (value: string): SerializedNode[] => (value === '' ? [] : [{ ...node, text: value }]);
    return [part(text.slice(0, offset)), part(text.slice(offset))];
  }
  const [index, ...rest] = below;
  const children = node.children ?? [];
  const [left, right] = splitAt(children[index!]!, rest, offset);
  const part = (kids: SerializedNode[]): SerializedNode[] => (kids.length === 0 ? [] : [{ ...node, children: kids }]);
  return [part([...children.slice(0, index), ...left]), part([...right, ...children.slice(index! + 1)])];
}

/** Whether a paragraph of the note is the stand-in of a move it suggests, which the export writes with its mark deleted. */
function isStandIn(root: SerializedNode[], paragraph: NoteParagraph | undefined): boolean {
  const last = paragraph?.pieces.at(-1);
  const blockPath = last && blockPathOf(root, last.path);
  return !!blockPath && moveSuggestionOf(nodeAtPath(root, blockPath) as SerializedNode)?.side === 'from';
}

/**
 * A paragraph break a reviewer inserted or deleted in Word with Track Changes, made a suggested
 * break (paragraphBreaks.ts in the editor) under their name: a deleted one marks the block at
 * `at` for joining to the one before it; an inserted one splits the block at `at` and marks
 * the new break. One the note already has (exported with it) is known, not added again. A
 * break that falls inside a linked snippet, between a list and text, or on no text, is not
 * placed.
 */
export function placeBreak(root: SerializedNode[], kind: 'insert' | 'delete', at: DocxPosition, paragraphs: readonly NoteParagraph[], bodyStart: number, suggested: BreakSuggestion): BreakPlaced {
  const paragraph = paragraphs[at.paragraph - bodyStart];
  if (kind === 'delete' && isStandIn(root, paragraphs[at.paragraph - bodyStart - 1])) return 'known';
  if (!paragraph) return 'unplaced';
  if (kind === 'delete') {
    const first = paragraph.pieces[0];
    const blockPath = first && blockPathOf(root, first.path);
    if (!blockPath || blockPath.at(-1) === 0) return 'unplaced';
    const block = nodeAtPath(root, blockPath) as SerializedNode;
    const before = nodeAtPath(root, [...blockPath.slice(0, -1), blockPath.at(-1)! - 1]) as SerializedNode;
    if (breakSuggestionOf(block)?.kind === 'delete') return 'known';
    if (!canJoin(before, block)) return 'unplaced';
    setBreak(root, blockPath, suggested);
    return 'added';
  }
  // The piece the break falls in; between two, the one starting there (the block after a break the note already has).
  const piece = paragraph.pieces.find((candidate) => candidate.start === at.offset && candidate.start > 0) ?? paragraph.pieces.findLast((candidate) => candidate.start <= at.offset && at.offset <= candidate.end);
  const blockPath = piece && blockPathOf(root, piece.path);
  if (!piece || !blockPath) return 'unplaced';
  const block = nodeAtPath(root, blockPath) as SerializedNode;
  // A block carrying a suggested move is not split: its other part would be left out of the move's decision.
  if (!TEXT_BLOCKS.has(block.type) || (block.children ?? []).some((child) => child.type === 'list') || moveSuggestionOf(block)) return 'unplaced';
  // A snippet is one quotation, and deleted text is not there to split: no break is made inside either.
  for (let length = blockPath.length + 1; length < piece.path.length; length++) {
    const inline = nodeAtPath(root, piece.path.slice(0, length)) as SerializedNode;
    if (inline.type === SNIPPET_NODE_TYPE || (isSuggestionNode(inline) && inline.kind === 'delete')) return 'unplaced';
  }
  const [left, right] = splitAt({ ...block, children: block.children ?? [] }, piece.path.slice(blockPath.length), at.offset - piece.start);
  const siblings = blockPath.length === 1 ? root : nodeAtPath(root, blockPath.slice(0, -1)).children!;
  const index = blockPath.at(-1)!;
  // At a block's edge, a break the note has there already (its own, exported) is the same break.
  const next = siblings[index + 1];
  if ((left.length === 0 && breakSuggestionOf(block)?.kind === 'insert') || (right.length === 0 && next && breakSuggestionOf(next)?.kind === 'insert')) return 'known';
  const first = left[0] ?? { ...block, children: [] };
  // The new block has only the new break: the block's own break and move stay with the part before.
  const second = withState({ ...block, children: right[0]?.children ?? [] }, { [BREAK_STATE_KEY]: suggested });
  siblings.splice(index, 1, first, second);
  return 'added';
}
