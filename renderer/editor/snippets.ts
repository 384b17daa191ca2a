import { $createTextNode, $getNodeByKey, $isTextNode, $getRoot, $getSelection, $isRangeSelection, $nodesOfType, REMOVE_TEXT_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import type { SnippetData } from '../../common/snippet';
import { SNIPPET_INSERTED_COMMAND } from './commands';
import { $createLinkedSnippetNode, LinkedSnippetNode } from './nodes/LinkedSnippetNode';
import { startsLowerCase, switchFirstLetterCase } from './sentenceCase';


export function newSnippetId(): string {
  return crypto.randomUUID();
}

/** Inserts a snippet at the selection (or at the end of the note if it has none). */
export function insertSnippet(editor: LexicalEditor, snippet: SnippetData): void {
  editor.update(() => {
    let selection = $getSelection();
    if (!$isRangeSelection(selection)) {
      $getRoot().selectEnd();
      selection = $getSelection();
    }
    if (!$isRangeSelection(selection)) return;
    if (!selection.isCollapsed()) {
      // Through the command, so while suggesting the replaced text is a suggested deletion, not gone.
      editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
      selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
    }
    const node = $createLinkedSnippetNode(snippet);
    node.append($createTextNode(snippet.insertedText));
    selection.insertNodes([node]);
    node.selectNext(0, 0);
    editor.dispatchCommand(SNIPPET_INSERTED_COMMAND, node.getKey());
  });
  editor.focus();
}

/**
 * Puts a snippet in place of a node (a [[ query whose results came after Enter was pressed),
 * leaving the caret where the typing has gone on. False when that node is gone.
 */
export function replaceWithSnippet(editor: LexicalEditor, nodeKey: NodeKey, snippet: SnippetData): boolean {
  let replaced = false;
  editor.update(
    () => {
      const node = $getNodeByKey(nodeKey);
      if (!node) return;
      const inserted = $createLinkedSnippetNode(snippet).append($createTextNode(snippet.insertedText));
      node.replace(inserted);
      editor.dispatchCommand(SNIPPET_INSERTED_COMMAND, inserted.getKey());
      replaced = true;
    },
    { discrete: true },
  );
  return replaced;
}

export function $snippetNodes(): LinkedSnippetNode[] {
  return $nodesOfType(LinkedSnippetNode);
}

/** Replaces a snippet's text with new source text and records the revision reviewed. */
export function takeSourceText(editor: LexicalEditor, snippetId: string, text: string, revision: number): void {
  editor.update(() => {
    const node = $snippetNodes().find((candidate) => candidate.getSnippet().id === snippetId);
    if (!node) return;
    // Add the new text before removing the old: a snippet left empty even for a moment is removed.
    const old = node.getChildren();
    node.append($createTextNode(text));
    for (const child of old) child.remove();
    node.setSnippet({ ...node.getSnippet(), insertedText: text, sourceRevision: revision });
  });
}

/** Keeps the author's text and marks the source revision as reviewed. */
export function markReviewed(editor: LexicalEditor, snippetId: string, text: string, revision: number): void {
  editor.update(() => {
    const node = $snippetNodes().find((candidate) => candidate.getSnippet().id === snippetId);
    node?.setSnippet({ ...node.getSnippet(), insertedText: text, sourceRevision: revision });
  });
}

/**
 * Switches the case of a snippet's first letter inside the snippet, so a key point reads in
 * the flow after a lead-in ("…reports that in India, …"): the letter stays linked and shaded,
 * and the text as inserted follows, so a change of case alone is not an edit.
 */
export function switchSnippetFirstLetter(editor: LexicalEditor, snippetId: string): void {
  editor.update(() => {
    const node = $snippetNodes().find((candidate) => candidate.getSnippet().id === snippetId);
    const first = node?.getFirstDescendant();
    if (!node || !$isTextNode(first)) return;
    const text = first.getTextContent();
    first.setTextContent(switchFirstLetterCase(text));
    const snippet = node.getSnippet();
    if (startsLowerCase(snippet.insertedText) !== startsLowerCase(first.getTextContent())) {
      node.setSnippet({ ...snippet, insertedText: switchFirstLetterCase(snippet.insertedText) });
    }
  });
}

/** Turns a snippet back into plain text: no link, no citation. */
export function unlinkSnippet(editor: LexicalEditor, snippetId: string): void {
  editor.update(() => {
    const node = $snippetNodes().find((candidate) => candidate.getSnippet().id === snippetId);
    if (!node) return;
    for (const child of node.getChildren()) node.insertBefore(child);
    node.remove();
  });
}

/** Puts the caret at the start of a snippet and scrolls it into view (opening a note from a backlink). */
export function selectSnippet(editor: LexicalEditor, snippetId: string): void {
  editor.update(() => {
    const node = $snippetNodes().find((candidate) => candidate.getSnippet().id === snippetId);
    if (!node) return;
    node.selectStart();
    requestAnimationFrame(() => editor.getElementByKey(node.getKey())?.scrollIntoView({ block: 'center' }));
  });
  editor.focus();
}
