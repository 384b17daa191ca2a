import type { SnippetPart } from '../../../common/development';

/** Marker characters around hits in FTS5 snippet(); they never occur in stored text. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** Splits a marked-up snippet into plain parts, so the renderer never parses HTML. */
export function splitSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of marked.split(HIT_START)) {
    const end = piece.indexOf(HIT_END);
    if (end === -1) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    if (end > 0) parts.push({ text: piece.slice(0, end), hit: true });
    const rest = piece.slice(end + 1);
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}
