import { blankOut } from '../../common/spelling/blankOut';
import type { TextSegment } from './misspeltRanges';

/** One text node of a block as it appears in the page, and whether its words are left unchecked. */
export interface BlockTextPiece<Node> {
  node: Node;
  text: string;
  /** Linked-snippet text (the source's words) and text the author cannot edit (chips, labels). */
  skipped: boolean;
}

/**
 * The text of one block as the spelling checker gets it: the text nodes' characters one after
 * another, so offsets in the answer are offsets in the page, with skipped pieces blanked out
 * (the offsets stay the same, the words are not checked). The segments say which node holds
 * which characters, for misspeltRanges.
 */
export function blockText<Node>(pieces: readonly BlockTextPiece<Node>[]): { text: string; segments: TextSegment<Node>[] } {
  const segments: TextSegment<Node>[] = [];
  const blanks: { start: number; end: number }[] = [];
  let text = '';
  for (const piece of pieces) {
    const start = text.length;
    segments.push({ node: piece.node, start, length: piece.text.length });
    if (piece.skipped) blanks.push({ start, end: start + piece.text.length });
    text += piece.text;
  }
  return { text: blankOut(text, blanks), segments };
}
