import { $createRangeSelection, $setSelection, type ElementNode } from 'lexical';

/** Selects from the start of `first` to the end of `last` (the parts of a comment's or a suggestion's text); false when there are none. */
export function $selectElements(first: ElementNode | undefined, last: ElementNode | undefined): boolean {
  if (!first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, 'element');
  selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
  $setSelection(selection);
  return true;
}
