import { $createPoint, $createRangeSelection, $getNodeByKey, $getRoot, $getSelection, $isRangeSelection, $isTextNode, $setSelection, type LexicalEditor, type TextNode } from 'lexical';

export interface Match {
  key: string;
  offset: number;
  length: number;
}

function pattern(query: string, flags: string): RegExp {
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
}

function $textNodes(): TextNode[] {
  return $getRoot().getAllTextNodes().filter($isTextNode);
}

/**
 * Matches within single text runs, case-insensitive. A match that straddles a formatting
 * change (half bold, half plain) is not found; that is rare in briefing notes.
 */
function $matches(query: string): Match[] {
  return $textNodes().flatMap((node) =>
    [...node.getTextContent().matchAll(pattern(query, 'gi'))].map((found) => ({ key: node.getKey(), offset: found.index, length: query.length })),
  );
}

/** A place in the text: a text node and an offset in it. */
export interface TextPlace {
  key: string;
  offset: number;
}

/**
 * The first match that starts at or after `from` (the start of the note when `from` is null
 * or its text is gone), else the first match: with its place among all of them.
 */
export function matchFrom(editor: LexicalEditor, query: string, from: TextPlace | null): { match: Match; index: number; count: number } | null {
  if (!query) return null;
  return editor.getEditorState().read(() => {
    const matches = $matches(query);
    if (matches.length === 0) return null;
    let index = 0;
    if (from && $isTextNode($getNodeByKey(from.key))) {
      const start = $createPoint(from.key, from.offset, 'text');
      index = Math.max(0, matches.findIndex((match) => !$createPoint(match.key, match.offset, 'text').isBefore(start)));
    }
    return { match: matches[index], index, count: matches.length };
  });
}

export function selectMatch(editor: LexicalEditor, match: Match): void {
  editor.update(() => {
    const selection = $createRangeSelection();
    selection.anchor.set(match.key, match.offset, 'text');
    selection.focus.set(match.key, match.offset + match.length, 'text');
    $setSelection(selection);
  });
}

/**
 * Replaces the selection if it is a match of the query: null if it is not, else where the
 * replacement ends (null when no text is left there), for the next search to start from.
 */
export function replaceSelection(editor: LexicalEditor, query: string, replacement: string): { end: TextPlace | null } | null {
  let replaced: { end: TextPlace | null } | null = null;
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.getTextContent().toLowerCase() === query.toLowerCase() && query) {
        selection.insertText(replacement);
        const after = $getSelection();
        replaced = { end: $isRangeSelection(after) && after.focus.type === 'text' ? { key: after.focus.key, offset: after.focus.offset } : null };
      }
    },
    { discrete: true },
  );
  return replaced;
}

/** Replaces every match in one undoable step; returns how many. */
export function replaceAll(editor: LexicalEditor, query: string, replacement: string): number {
  if (!query) return 0;
  let count = 0;
  editor.update(() => {
    for (const node of $textNodes()) {
      const text = node.getTextContent();
      const next = text.replace(pattern(query, 'gi'), () => {
        count++;
        return replacement;
      });
      if (next !== text) node.setTextContent(next);
    }
  });
  return count;
}
