/** What the check reads of a DOM node: whether it is an element, and what it holds. */
export interface NodeLike {
  nodeType: number;
  contains(other: NodeLike | null): boolean;
}

const ELEMENT_NODE = 1;

/**
 * Whether the browser means to put a typed character somewhere other than the caret on screen.
 *
 * Right after the block holding the caret is replaced by an empty one (the list made from a
 * typed "1. "), Chromium now and then gives the next character a target range at the start of
 * the next block, while its selection shows the caret in the new block; Lexical trusts the
 * target range, and the text went into the next heading. Only a caret in an element (an empty
 * block, no text to be in) with a target outside that element is taken as this case: a caret in
 * text, or a target the caret's element holds, is the browser's to place.
 */
export function typingTargetMissesCaret(caret: { isCollapsed: boolean; anchorNode: NodeLike | null }, target: { startContainer: NodeLike } | undefined): boolean {
  const at = caret.anchorNode;
  if (!target || !caret.isCollapsed || !at || at.nodeType !== ELEMENT_NODE) return false;
  return !at.contains(target.startContainer);
}
