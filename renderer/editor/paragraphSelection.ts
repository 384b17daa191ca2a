import { $findMatchingParent } from '@lexical/utils';
import { $isElementNode, $isTextNode, type ElementNode, type LexicalNode, type PointType, type RangeSelection } from 'lexical';

function $blockOf(node: LexicalNode): ElementNode | null {
  const block = $isElementNode(node) && !node.isInline() ? node : $findMatchingParent(node, (parent) => $isElementNode(parent) && !parent.isInline());
  return block as ElementNode | null;
}

/** True when the point sits before everything in its block: at offset 0 of the block's first leaf. */
function $isAtBlockStart(point: PointType, block: ElementNode): boolean {
  if (point.offset !== 0) return false;
  const node = point.getNode();
  if (node.is(block)) return true;
  const first = block.getFirstDescendant();
  return first !== null && node.is(first);
}

/**
 * A triple-click selects a paragraph as Chromium sees it: from its start to the start of the
 * next block, paragraph mark included. Typing over that joins the next block (a heading, most
 * often) to the new text. Word keeps the paragraph mark out of what is replaced; so does this:
 * a selection that ends at the very start of a later block is pulled back to the end of the
 * block before it. Returns true when the selection was changed.
 */
export function $keepNextBlockOutOfSelection(selection: RangeSelection): boolean {
  if (selection.isCollapsed()) return false;
  const end = selection.isBackward() ? selection.anchor : selection.focus;
  const start = selection.isBackward() ? selection.focus : selection.anchor;
  const endBlock = $blockOf(end.getNode());
  const startBlock = $blockOf(start.getNode());
  if (!endBlock || !startBlock || endBlock.is(startBlock) || !$isAtBlockStart(end, endBlock)) return false;
  const previous = endBlock.getPreviousSibling() ?? endBlock.getParent()?.getPreviousSibling();
  if (!$isElementNode(previous)) return false;
  const last = previous.getLastDescendant();
  if ($isTextNode(last)) end.set(last.getKey(), last.getTextContentSize(), 'text');
  else if ($isElementNode(last)) end.set(last.getKey(), last.getChildrenSize(), 'element');
  else end.set(previous.getKey(), previous.getChildrenSize(), 'element');
  return true;
}
