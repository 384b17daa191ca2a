import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import type { SuggestionMaker } from '../../renderer/editor/suggestions/suggestionMaker';
import { SuggestionNode } from '../../renderer/editor/suggestions/SuggestionNode';

/** Someone suggesting, with ids from their initial and a count (r1, r2…) and one fixed time. */
export function makerFor(name: string): SuggestionMaker {
  let n = 0;
  return { author: { name, initials: '', office: '' }, newId: () => `${name.slice(0, 1).toLowerCase()}${++n}`, now: () => '2026-12-07T10:00:00.000Z' };
}

/** Runs a change in the editor at once. */
export function run(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

/** A headless editor with the note's suggestion, heading, quote and list nodes, holding one paragraph per text. */
export function editorWith(...paragraphs: string[]): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes: [SuggestionNode, HeadingNode, QuoteNode, ListNode, ListItemNode], onError: (error) => { throw error; } });
  run(editor, () => $getRoot().append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text)))));
  return editor;
}
