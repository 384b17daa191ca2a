import { $createRangeSelection, $getRoot, $getSelection, $isRangeSelection, $isTextNode, $setSelection, type LexicalEditor, type TextNode } from 'lexical';

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
export function findMatches(editor: LexicalEditor, query: string): Match[] {
  if (!query) return [];
  return editor.getEditorState().read(() =>
    $textNodes().flatMap((node) =>
      [...node.getTextContent().matchAll(pattern(query, 'gi'))].map((found) => ({ key: node.getKey(), offset: found.index, length: query.length })),
    ),
  );
}

export function selectMatch(editor: LexicalEditor, match: Match): void {
  editor.update(() => {
    const selection = $createRangeSelection();
    selection.anchor.set(match.key, match.offset, 'text');
    selection.focus.set(match.key, match.offset + match.length, 'text');
    $setSelection(selection);
  });
}

/** Replaces the selection if it is a match of the query; true if it did. */
export function replaceSelection(editor: LexicalEditor, query: string, replacement: string): boolean {
  let replaced = false;
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection) && selection.getTextContent().toLowerCase() === query.toLowerCase() && query) {
      selection.insertText(replacement);
      replaced = true;
    }
  });
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
