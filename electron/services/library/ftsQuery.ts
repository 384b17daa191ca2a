/**
 * Turns what a person types into a safe FTS5 query: each word becomes a quoted prefix
 * term, so punctuation and FTS operators in the input are matched as text, never parsed.
 * Terms are ANDed, which is what a search box is expected to do.
 */
export function toFtsQuery(input: string): string | null {
  const terms = queryWords(input).map((word) => `"${word}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** The words of a query as the search uses them (at most 12). */
export function queryWords(input: string): string[] {
  return (input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}
