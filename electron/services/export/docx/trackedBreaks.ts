import type { SerializedNode } from '../../../../common/editorState';
import { isBlankBlock } from '../../../../common/noteStructure';
import { breakSuggestionOf, canJoin, type BreakSuggestion } from '../../../../common/suggestions';

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
