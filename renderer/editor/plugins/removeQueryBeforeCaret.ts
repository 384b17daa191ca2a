import { $getSelection, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';

/**
 * Removes a typeahead's query text when an option is chosen. Lexical's menu keeps the match it
 * was opened for until React renders the newer one, so after fast typing the node it hands
 * over can be shorter than what was typed ("[[d" of "[[deepfake" would stay behind). The node
 * goes, then whatever `trailing` still matches right before the caret goes too.
 */
export function $removeQueryBeforeCaret(nodeToRemove: TextNode | null, trailing: RegExp): void {
  nodeToRemove?.remove();
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return;
  const match = trailing.exec(node.getTextContent().slice(0, selection.anchor.offset));
  if (match) node.spliceText(match.index, match[0].length, '', true);
}
