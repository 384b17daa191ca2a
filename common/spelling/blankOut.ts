/**
 * Replaces the given stretches of a text with spaces, keeping every other offset: the text
 * of a linked snippet (the source's words, not the author's) is left out of checking this
 * way, and the misspellings found still point at the right characters of the block.
 */
export function blankOut(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  if (ranges.length === 0) return text;
  // Code units, not code points: offsets here are the DOM's.
  const units = text.split('');
  for (const { start, end } of ranges) {
    for (let index = Math.max(0, start); index < Math.min(end, units.length); index++) units[index] = ' ';
  }
  return units.join('');
}
