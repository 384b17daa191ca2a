import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';

/** The keys whose Lexical handlers read the editor's selection (typed characters come as input, which reads the screen's). */
const KEYS_ACTING_ON_SELECTION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Backspace', 'Delete', 'Enter', 'Tab']);

/**
 * A key pressed right after the caret moved acts where the caret now is.
 *
 * The browser reports a caret move (Home, End, a click) with a selectionchange event that comes
 * a little later; until it does, the editor's own selection is the old one. Lexical's key
 * handlers (arrows, Backspace, Delete, Enter, and shortcuts such as Ctrl+B) act on the editor's selection, so Home then
 * ArrowRight in quick succession on a busy machine moved one character on from where Home had
 * left, into the next paragraph. Before any of them, the editor's selection catches up with
 * the one on screen.
 */
export function CaretCatchUpPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          // Shortcuts (Ctrl+B, Ctrl+I…) act on the editor's selection too: Shift+Home then Ctrl+B must bold what Shift+Home selected.
          if (!KEYS_ACTING_ON_SELECTION.has(event.key) && !event.ctrlKey && !event.metaKey) return false;
          const current = $getSelection();
          // A table-cell or node selection is the editor's own; only a caret or text range is read back.
          if (current !== null && !$isRangeSelection(current)) return false;
          const root = editor.getRootElement();
          const onScreen = root?.ownerDocument.getSelection() ?? null;
          if (!root || !onScreen || onScreen.rangeCount === 0 || !root.contains(onScreen.anchorNode) || !root.contains(onScreen.focusNode)) return false;
          const fromScreen = $createRangeSelectionFromDom(onScreen, editor);
          if (fromScreen && !(current && fromScreen.is(current))) $setSelection(fromScreen);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
