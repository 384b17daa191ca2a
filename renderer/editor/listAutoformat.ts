/** A list that what was typed at the start of a paragraph asks for, as Word's "automatic numbered and bulleted lists" reads it. */
export type ListAutoformat = { listType: 'number'; start: number; marker: string } | { listType: 'bullet'; marker: string };

/** "1. ", "3) ": a number of up to three digits, a full stop or closing bracket, a space. */
const NUMBER_MARKER = /^(\d{1,3})[.)][ \u00a0]$/;
/** "- ", "* ", "• ": a dash, star or bullet and a space. */
const BULLET_MARKER = /^[-*\u2022\u2013][ \u00a0]$/;

/**
 * The list to start when a paragraph's text before the caret is exactly `typed` and its last
 * character was just typed: a marker and the space that ends it. "0. " starts nothing (Word
 * does not either), nor does text before the marker.
 */
export function listAutoformatFor(typed: string): ListAutoformat | null {
  const number = NUMBER_MARKER.exec(typed);
  if (number) {
    const start = Number(number[1]);
    return start >= 1 ? { listType: 'number', start, marker: typed } : null;
  }
  return BULLET_MARKER.test(typed) ? { listType: 'bullet', marker: typed } : null;
}

/**
 * The number the list after a paragraph that split it continues from: Word keeps one list's
 * numbers across a paragraph taken out of it (1, 2, paragraph, 3).
 */
export function continuedStart(previousStart: number, previousItems: number): number {
  return previousStart + previousItems;
}
