/**
 * `text` in at most `max` characters, cut after the last whole word that fits (never inside
 * a word, unless the first word alone is longer than `max`), with trailing punctuation and
 * spaces dropped. Text that fits is returned trimmed.
 */
export function cutAtWord(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const head = trimmed.slice(0, max + 1);
  const lastBreak = head.search(/\s\S*$/);
  const cut = lastBreak > 0 ? head.slice(0, lastBreak) : trimmed.slice(0, max);
  return cut.replace(/[\s,;:–—-]+$/u, '');
}
