import { $createTextNode, $getSelection, $isRangeSelection, $isTextNode, type NodeKey, type TextNode } from 'lexical';

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

/**
 * Sets the typeahead query right before the caret apart as a node of its own, which typing
 * goes past (a token), and moves the caret after it; returns its key, or null when no query
 * is there. Enter pressed before a query's results came leaves the query so, until they come.
 */
export function $setQueryApart(trailing: RegExp): NodeKey | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return null;
  const offset = selection.anchor.offset;
  const match = trailing.exec(node.getTextContent().slice(0, offset));
  if (!match) return null;
  const pieces = node.splitText(match.index, offset);
  const query = pieces[match.index === 0 ? 0 : 1];
  query.setMode('token');
  const after = query.getNextSibling();
  if ($isTextNode(after)) after.select(0, 0);
  else query.insertAfter($createTextNode('')).selectStart();
  return query.getKey();
}
