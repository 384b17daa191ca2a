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
 * A block of a suggested move as the DOCX carries it: its text as a tracked deletion where it
 * was (the stand-in) and a tracked insertion where it went, under the mover's name (Word's own
 * move markup is not written; a reviewer in Word sees a deletion and an insertion). Text
 * inside a link stays untracked, as in any suggestion (`withTextTracked`).
 */
export function withTrackedMove(node: SerializedNode): SerializedNode {
  const move = moveSuggestionOf(node);
  if (!move || !node.children) return node;
  const suggestion: SerializedNode = { type: SUGGESTION_NODE_TYPE, version: 1, suggestionId: move.suggestionId, kind: move.side === 'from' ? 'delete' : 'insert', author: move.author, createdAt: move.createdAt, direction: null, format: '', indent: 0 };
  return withTextTracked(node, suggestion);
}

/**
 * An element with each text node below it wrapped in (a copy of) a suggestion node, so the
 * DOCX tracks it as that suggestion; a link's text is left as it is (Word's hyperlink holds
 * plain runs here).
 */
export function withTextTracked(element: SerializedNode, suggestion: SerializedNode): SerializedNode {
  if (element.type === 'link' || element.type === 'autolink' || !element.children) return element;
  return { ...element, children: element.children.map((child) => (child.type === 'text' ? { ...suggestion, children: [child] } : withTextTracked(child, suggestion))) };
}

/** Whether a block is where a moved block stood (its stand-in), whose whole paragraph the DOCX marks deleted. */
export function isMoveStandIn(node: SerializedNode): boolean {
  return moveSuggestionOf(node)?.side === 'from';
}
