import type { SerializedNode } from '../../../../common/editorState';
import { isBlankBlock } from '../../../../common/noteStructure';
import { breakSuggestionOf, canJoin, moveSuggestionOf, SUGGESTION_NODE_TYPE, type BreakSuggestion } from '../../../../common/suggestions';

/**
 * The suggested paragraph break between two neighbouring blocks, as the DOCX carries it: on
 * the mark ending the first, so only where both blocks go into the document as paragraphs
 * (blank ones are left out) and could be joined. The review reader (noteParagraphs.ts) reads
 * the same breaks back.
 */
export function trackedBreak(previous: SerializedNode | undefined, node: SerializedNode | undefined): BreakSuggestion | null {
  if (!previous || !node) return null;
  const suggested = breakSuggestionOf(node);
  if (!suggested || !canJoin(previous, node)) return null;
  const written = (block: SerializedNode) => block.brieflinkGuidance !== true && !isBlankBlock(block);
  return written(previous) && written(node) ? suggested : null;
}

/**
 * A block of a suggested move as the DOCX carries it: its own text as a tracked deletion
 * where it was (the stand-in) and a tracked insertion where it went, under the mover's name
 * (Word's own move markup is not written; a reviewer in Word sees a deletion and an
 * insertion). Text inside a link or another element is written untracked, as elsewhere.
 */
export function withTrackedMove(node: SerializedNode): SerializedNode {
  const move = moveSuggestionOf(node);
  if (!move || !node.children) return node;
  const kind = move.side === 'from' ? 'delete' : 'insert';
  const tracked = (child: SerializedNode): SerializedNode =>
    child.type === 'text'
      ? { type: SUGGESTION_NODE_TYPE, version: 1, suggestionId: move.suggestionId, kind, author: move.author, createdAt: move.createdAt, children: [child], direction: null, format: '', indent: 0 }
      : child;
  return { ...node, children: node.children.map(tracked) };
}

/** Whether a block is where a moved block stood (its stand-in), whose whole paragraph the DOCX marks deleted. */
export function isMoveStandIn(node: SerializedNode): boolean {
  return moveSuggestionOf(node)?.side === 'from';
}
