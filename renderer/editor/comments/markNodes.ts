import { $isMarkNode, $unwrapMarkNode, type MarkNode } from '@lexical/mark';
import { $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isRangeSelection, type LexicalNode } from 'lexical';
import { $selectElements } from '../selectElements';
import type { MarkLayout } from './CommentsContext';

/** Every mark node of the body, in document order. */
export function $allMarks(): MarkNode[] {
  const marks: MarkNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isMarkNode(node)) marks.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return marks;
}

function $marksOf(id: string): MarkNode[] {
  return $allMarks().filter((mark) => mark.hasID(id));
}

/** The thread ids in the order of their text, and the text each is on. */
export function $markLayout(): MarkLayout {
  const order: string[] = [];
  const quotes = new Map<string, string>();
  for (const mark of $allMarks()) {
    for (const id of mark.getIDs()) {
      if (!quotes.has(id)) order.push(id);
      // Marks of one thread split by other formatting are one quote.
      quotes.set(id, (quotes.get(id) ?? '') + mark.getTextContent());
    }
  }
  return { order, quotes };
}

/** Whether any of these nodes (by key, in the current state) sits inside a comment mark. */
export function $anyInsideMark(keys: readonly string[]): boolean {
  return keys.some((key) => {
    for (let node = $getNodeByKey(key)?.getParent() ?? null; node; node = node.getParent()) if ($isMarkNode(node)) return true;
    return false;
  });
}

/** The threads whose text holds the caret (or the selection's focus). */
export function $activeMarkIds(): string[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const ids: string[] = [];
  let node: LexicalNode | null = selection.focus.getNode();
  while (node) {
    if ($isMarkNode(node)) ids.push(...node.getIDs());
    node = node.getParent();
  }
  return ids;
}

/** Selects the whole text of a thread; false when its text is gone. */
export function $selectMarkText(id: string): boolean {
  const marks = $marksOf(id);
  return $selectElements(marks[0], marks.at(-1));
}

/** Takes a thread's marks off its text; a mark shared with another thread keeps that one. */
export function $removeMarks(id: string): void {
  for (const mark of $marksOf(id)) {
    mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}
