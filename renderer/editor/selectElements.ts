import { $createRangeSelection, $getEditor, $onUpdate, $setSelection, type ElementNode } from 'lexical';
import { centreInView } from './centreInView';

/**
 * Selects from the start of `first` to the end of `last` (the parts of a comment's or a
 * suggestion's text) and brings that text into view; false when there are none.
 */
export function $selectElements(first: ElementNode | undefined, last: ElementNode | undefined): boolean {
  if (!first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, 'element');
  selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
  $setSelection(selection);
  // Lexical scrolls a caret into view, not a selected range: a thread chosen in the Review
  // panel whose text is pages further down would otherwise be selected out of sight.
  const editor = $getEditor();
  const key = first.getKey();
  $onUpdate(() => {
    const element = editor.getElementByKey(key);
    const body = editor.getRootElement();
    if (element && body) centreInView(element, body);
  });
  return true;
}
