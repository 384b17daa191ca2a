import { blankOut } from '../../common/spelling/blankOut';
import type { SpellingLanguage } from '../../common/spelling/languages';
import type { TextSegment } from './misspeltRanges';

/** One text node of a block as it appears in the page, and whether its words are left unchecked. */
export interface BlockTextPiece<Node> {
  node: Node;
  text: string;
  /** Linked-snippet text (the source's words) and text the author cannot edit (chips, labels). */
  skipped: boolean;
  /** The language of a passage marked as another language; absent for the note's own. */
  language?: SpellingLanguage;
}

/** The block's text for one language's dictionary: every other language's words blanked out. */
export interface LanguageText {
  language: SpellingLanguage;
  text: string;
}

/**
 * The text of one block as the spelling checker gets it: the text nodes' characters one after
 * another, so offsets in the answer are offsets in the page, with skipped pieces blanked out
 * (the offsets stay the same, the words are not checked). A block with a passage marked as
 * another language gives one text per language, each with the others' words blanked, so each
 * word is judged by its own dictionary and every answer's offsets still point into the block.
 * The segments say which node holds which characters, for misspeltRanges.
 */
export function blockText<Node>(
  pieces: readonly BlockTextPiece<Node>[],
  noteLanguage: SpellingLanguage,
): { texts: LanguageText[]; segments: TextSegment<Node>[] } {
  const segments: TextSegment<Node>[] = [];
  const spans: { start: number; end: number; skipped: boolean; language: SpellingLanguage }[] = [];
  let text = '';
  for (const piece of pieces) {
    const start = text.length;
    segments.push({ node: piece.node, start, length: piece.text.length });
    spans.push({ start, end: start + piece.text.length, skipped: piece.skipped, language: piece.language ?? noteLanguage });
    text += piece.text;
  }
  const languages = [noteLanguage, ...new Set(spans.filter((span) => !span.skipped && span.language !== noteLanguage).map((span) => span.language))];
  const texts = languages.map((language) => ({
    language,
    text: blankOut(text, spans.filter((span) => span.skipped || span.language !== language)),
  }));
  return { texts, segments };
}

/** One string that changes whenever any of a block's texts does: what a block's last answer is kept against. */
export function textsSignature(texts: readonly LanguageText[]): string {
  return texts.map(({ language, text }) => `${language}\u0000${text}`).join('\u0001');
}
