import { HIT_END, HIT_START } from './snippet';

const WINDOW_TOKENS = 16;

/**
 * The best few words of a found development, with matched words marked: the window of
 * WINDOW_TOKENS words holding the most words that start with a query term, across the
 * texts given (title, summary, key points, full text); on a tie the earlier text wins. Built here rather
 * than by FTS5's snippet(), which re-runs the match for every row and costs more than
 * the search itself on a large library.
 */
export function windowSnippet(texts: readonly string[], terms: readonly string[]): string {
  const prefixes = terms.map((term) => term.normalize('NFKC').toLowerCase());
  let best: { text: string; tokens: Array<{ start: number; end: number; hit: boolean }>; from: number; hits: number } | null = null;
  for (const text of texts) {
    // A text none of the prefixes occurs in has no hit: skip splitting it into words, most of the cost.
    const folded = text.normalize('NFKC').toLowerCase();
    if (!prefixes.some((prefix) => folded.includes(prefix))) continue;
    const tokens = tokenize(text, folded, prefixes);
    let hits = 0;
    for (let i = 0; i < Math.min(WINDOW_TOKENS, tokens.length); i++) if (tokens[i].hit) hits++;
    let from = 0;
    let most = hits;
    for (let i = WINDOW_TOKENS; i < tokens.length; i++) {
      hits += (tokens[i].hit ? 1 : 0) - (tokens[i - WINDOW_TOKENS].hit ? 1 : 0);
      if (hits > most) {
        most = hits;
        from = i - WINDOW_TOKENS + 1;
      }
    }
    if (most > (best?.hits ?? 0)) best = { text, tokens, from, hits: most };
  }
  if (!best) return '';
  const window = best.tokens.slice(best.from, best.from + WINDOW_TOKENS);
  let marked = best.from > 0 ? '…' : '';
  let cursor = window[0].start;
  for (const token of window) {
    marked += best.text.slice(cursor, token.start);
    const word = best.text.slice(token.start, token.end);
    marked += token.hit ? `${HIT_START}${word}${HIT_END}` : word;
    cursor = token.end;
  }
  if (best.from + WINDOW_TOKENS < best.tokens.length) marked += '…';
  return marked;
}

type Token = { start: number; end: number; hit: boolean };

/**
 * The words of a text, each marked when it starts with one of the prefixes. The text is
 * folded (NFKC, lower case) once rather than word by word, which is most of the cost on
 * long texts; where folding changes the text's length, offsets would no longer line up,
 * so those texts are folded word by word.
 */
function tokenize(text: string, folded: string, prefixes: readonly string[]): Token[] {
  const aligned = folded.length === text.length;
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const hit = aligned
      ? prefixes.some((prefix) => prefix.length <= end - start && folded.startsWith(prefix, start))
      : prefixes.some((prefix) => match[0].normalize('NFKC').toLowerCase().startsWith(prefix));
    tokens.push({ start, end, hit });
  }
  return tokens;
}
