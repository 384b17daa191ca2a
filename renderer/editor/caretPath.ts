import { $createRangeSelection, $getRoot, $isElementNode, $isRangeSelection, $isTextNode, type BaseSelection, type LexicalNode, type RangeSelection } from 'lexical';
import type { CaretPlace } from '../state/savedPlace';

/**
 * The caret as a path of child indices from the root, which survives a reload (node keys do
 * not), and its offset. Only a collapsed caret is kept: a selection is not restored as one.
 */
export function $caretPlaceOf(selection: BaseSelection | null): CaretPlace | null {
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const path: number[] = [];
  let node: LexicalNode | null = selection.anchor.getNode();
  while (node && node.getParent() !== null) {
    path.unshift(node.getIndexWithinParent());
    node = node.getParent();
  }
  return { path, offset: selection.anchor.offset };
}

/**
 * A collapsed selection at a saved caret, or null when the note has changed so that the path
 * no longer leads to a node that can hold that offset.
 */
export function $selectionAtPlace(place: CaretPlace): RangeSelection | null {
  let node: LexicalNode | null = $getRoot();
  for (const index of place.path) {
    if (!$isElementNode(node)) return null;
    node = node.getChildAtIndex(index);
    if (!node) return null;
  }
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    if (place.offset > node.getTextContentSize()) return null;
    selection.anchor.set(node.getKey(), place.offset, 'text');
  } else if ($isElementNode(node) && place.path.length > 0) {
    if (place.offset > node.getChildrenSize()) return null;
    selection.anchor.set(node.getKey(), place.offset, 'element');
  } else {
    return null;
  }
  selection.focus.set(selection.anchor.key, selection.anchor.offset, selection.anchor.type);
  return selection;
}
