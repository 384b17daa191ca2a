import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, type LexicalEditor } from 'lexical';

/**
 * Sets the editor's selection to the one on screen, where that is a caret or text range in
 * this editor; true when it changed. The browser reports a selection change a little after
 * it happens: an action taken at once (a key, a toolbar choice) would otherwise act on the
 * selection before it.
 */
export function $selectionFromScreen(editor: LexicalEditor): boolean {
  const current = $getSelection();
  // A table-cell or node selection is the editor's own; only a caret or text range is read back.
  if (current !== null && !$isRangeSelection(current)) return false;
  const root = editor.getRootElement();
  const onScreen = root?.ownerDocument.getSelection() ?? null;
  if (!root || !onScreen || onScreen.rangeCount === 0 || !root.contains(onScreen.anchorNode) || !root.contains(onScreen.focusNode)) return false;
  const fromScreen = $createRangeSelectionFromDom(onScreen, editor);
  if (!fromScreen || (current && fromScreen.is(current))) return false;
  $setSelection(fromScreen);
  return true;
}
