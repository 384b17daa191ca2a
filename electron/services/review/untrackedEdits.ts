import { wordDiff, type DiffPart } from '../../../common/wordDiff';
import type { NoteParagraph } from './noteParagraphs';
import type { DocxChange, DocxPosition } from './readReviewDocx';

/**
 * A reviewer's document whose body is the note's paragraph for paragraph, some of them edited
 * without Track Changes: where the body starts, and the word differences of each edited
 * paragraph (by its index among the note's paragraphs).
 */
export interface LooseAlignment {
  start: number;
  edited: Map<number, DiffPart[]>;
}

/** How much of a paragraph must be unchanged for it to count as the same paragraph edited. */
const SAME_PARAGRAPH = 0.5;

function unchangedShare(parts: readonly DiffPart[], note: string, theirs: string): number {
  const same = parts.reduce((sum, part) => sum + (part.change === 'same' ? part.text.length : 0), 0);
  return same / Math.max(1, note.length, theirs.length);
}

/**
 * The body found among the document's paragraphs when at least half of the note's paragraphs
 * are there unchanged, in place, and each of the others is still mostly the same text; null
 * otherwise (the document is not this note, or was rewritten too much to tell what changed).
 */
export function alignLoosely(note: readonly NoteParagraph[], document: readonly string[]): LooseAlignment | null {
  if (note.length === 0) return null;
  let best: { start: number; exact: number } | null = null;
  for (let start = 0; start + note.length <= document.length; start++) {
    let exact = 0;
    for (let index = 0; index < note.length; index++) if (document[start + index] === note[index]!.text) exact++;
    if (exact * 2 >= note.length && (!best || exact > best.exact)) best = { start, exact };
  }
  if (!best) return null;
  const edited = new Map<number, DiffPart[]>();
  for (let index = 0; index < note.length; index++) {
    const ours = note[index]!.text;
    const theirs = document[best.start + index]!;
    if (ours === theirs) continue;
    const parts = wordDiff(ours, theirs);
    if (unchangedShare(parts, ours, theirs) < SAME_PARAGRAPH) return null;
    edited.set(index, parts);
  }
  return { start: best.start, edited };
}

/** A place in an edited paragraph of the document, as the place in the note's text it stands for. */
export function toNotePosition(alignment: LooseAlignment, position: DocxPosition): DocxPosition {
  const parts = alignment.edited.get(position.paragraph - alignment.start);
  if (!parts) return position;
  let theirs = 0;
  let ours = 0;
  for (const part of parts) {
    const length = part.text.length;
    if (part.change === 'removed') {
      ours += length;
      continue;
    }
    // Inside text they added: the place in the note is where that text would go.
    if (position.offset <= theirs + length) return { paragraph: position.paragraph, offset: part.change === 'same' ? ours + (position.offset - theirs) : ours };
    theirs += length;
    if (part.change === 'same') ours += length;
  }
  return { paragraph: position.paragraph, offset: ours };
}

/** The edits made without Track Changes, as insertions and deletions in the note's text under `author`. */
export function untrackedChanges(alignment: LooseAlignment, author: string): DocxChange[] {
  const changes: DocxChange[] = [];
  for (const [index, parts] of alignment.edited) {
    const paragraph = alignment.start + index;
    let offset = 0;
    for (const part of parts) {
      const at = { paragraph, offset };
      if (part.change === 'added') changes.push({ kind: 'insert', author, date: undefined, start: at, end: at, text: part.text });
      else {
        offset += part.text.length;
        if (part.change === 'removed') changes.push({ kind: 'delete', author, date: undefined, start: at, end: { paragraph, offset }, text: part.text });
      }
    }
  }
  return changes;
}
