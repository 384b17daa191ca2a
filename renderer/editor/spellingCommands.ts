import { createCommand } from 'lexical';

/** A stretch of the note's text as the page holds it: DOM text nodes and offsets in them. */
export interface PageRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Replaces a misspelt word with a suggestion, as one step of undo; nothing happens if the word changed meanwhile. */
export const REPLACE_MISSPELLING_COMMAND = createCommand<{ range: PageRange; word: string; replacement: string }>('REPLACE_MISSPELLING_COMMAND');

/** Selects a stretch of the note given by page positions (F7's next misspelling). */
export const SELECT_PAGE_RANGE_COMMAND = createCommand<PageRange>('SELECT_PAGE_RANGE_COMMAND');
