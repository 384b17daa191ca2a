import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, CLICK_COMMAND, COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { $keepNextBlockOutOfSelection } from '../paragraphSelection';

/**
 * Triple-click selects one paragraph, as in Word: typing over it replaces its text and leaves
 * the next heading alone. The browser's selection of a triple-click runs into the next block;
 * it is pulled back on the click, and on the selection change that may follow it.
 */
export function TripleClickPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let tripleClicked = false;
    // Any other press (a key, a single or double click) ends the triple-click's selection.
    const reset = (event: Event) => {
      if (!(event instanceof MouseEvent && event.detail >= 3)) tripleClicked = false;
    };
    const trim = () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $keepNextBlockOutOfSelection(selection);
      return false;
    };
    return mergeRegister(
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          tripleClicked = event.detail >= 3;
          return tripleClicked ? trim() : false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (tripleClicked ? trim() : false), COMMAND_PRIORITY_LOW),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('mousedown', reset);
        previous?.removeEventListener('keydown', reset);
        root?.addEventListener('mousedown', reset);
        root?.addEventListener('keydown', reset);
      }),
    );
  }, [editor]);
  return null;
}
