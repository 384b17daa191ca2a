import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $addUpdateTag, BLUR_COMMAND, COMMAND_PRIORITY_CRITICAL, CONTROLLED_TEXT_INSERTION_COMMAND, KEY_DOWN_COMMAND, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { $selectionFromScreen } from '../selectionFromScreen';
import { typingTargetMissesCaret } from '../typingTarget';
import { useEffect } from 'react';

/**
 * The keys whose handlers read the editor's selection (typed characters come as input, which
 * reads the screen's): Lexical's, and the note's own menu (Shift+F10, the menu key) and F7.
 */
const KEYS_ACTING_ON_SELECTION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Backspace', 'Delete', 'Enter', 'Tab', 'F10', 'ContextMenu', 'F7']);

/**
 * A key pressed right after the caret moved acts where the caret now is.
 *
 * The browser reports a caret move (Home, End, a click) with a selectionchange event that comes
 * a little later; until it does, the editor's own selection is the old one. Lexical's key
 * handlers (arrows, Backspace, Delete, Enter, and shortcuts such as Ctrl+B) act on the editor's selection, so Home then
 * ArrowRight in quick succession on a busy machine moved one character on from where Home had
 * left, into the next paragraph. Before any of them, the editor's selection catches up with
 * the one on screen. So it does when the focus leaves the note, so that what is done from
 * outside it (the library's Insert) acts on the selection last made. A character typed into a
 * block just made empty goes where the caret is shown, not where a stale target range says.
 */
export function CaretCatchUpPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // Before Lexical's own handler, which would insert at the event's target range.
    const typeAtScreenCaret = (event: InputEvent) => {
      if (event.inputType !== 'insertText' || !event.data) return;
      if (!typingTargetMissesCaret(screenCaret(editor), event.getTargetRanges()[0])) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      // With the event current, the command's update reads the selection from the screen.
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, event.data);
    };
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          // Shortcuts (Ctrl+B, Ctrl+I…) act on the editor's selection too: Shift+Home then Ctrl+B must bold what Shift+Home selected.
          if (KEYS_ACTING_ON_SELECTION.has(event.key) || event.ctrlKey || event.metaKey) $selectionFromScreen(editor);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('beforeinput', typeAtScreenCaret, true);
        root?.addEventListener('beforeinput', typeAtScreenCaret, true);
      }),
      // Leaving the note (for the library's Insert, a toolbar field) keeps the selection last made, not the one before it.
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          // Only the editor's own record: putting the selection back on screen would take the focus back.
          if ($selectionFromScreen(editor)) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return null;
}

/** The selection on screen, where it is in this editor. */
function screenCaret(editor: LexicalEditor) {
  const root = editor.getRootElement();
  const selection = root?.ownerDocument.getSelection();
  return root && selection && root.contains(selection.anchorNode) ? selection : { isCollapsed: false, anchorNode: null };
}
