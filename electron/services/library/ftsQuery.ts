/**
 * Turns what a person types into a safe FTS5 query: each word becomes a quoted prefix
 * term, so punctuation and FTS operators in the input are matched as text, never parsed.
 * Terms are ANDed, which is what a search box is expected to do.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words.slice(0, 12).map((word) => `"${word}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}
