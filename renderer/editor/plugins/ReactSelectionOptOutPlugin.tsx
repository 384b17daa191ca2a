import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** What the body's own `contentEditable` property answers (the attribute stays "true"). */
const ANSWER = 'inherit';

/**
 * Keeps React from measuring the caret in the note body on every commit.
 *
 * While focus is in an element whose `contentEditable` property is "true", React saves the
 * selection before each commit and restores it after, by walking the DOM from the element's
 * start to the caret (React offers no opt-out). In a 40-page note that walk was the largest
 * part of the script run while typing (keystroke to screen went from about 16 to 9 ms
 * without it), because the save status, the length panel, the menus and the snippet chips
 * all commit while the caret is in the body. Lexical keeps the
 * DOM selection of its own root itself, so the root's own `contentEditable` property
 * answers "inherit" instead, which React skips. The attribute, `isContentEditable`,
 * editing and what assistive technology sees are unchanged; writes still reach the element.
 * (Lexical reads the property only to tell a decorator's own editable from its root,
 * which it knows by other means.)
 */
export function ReactSelectionOptOutPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        if (previous) Reflect.deleteProperty(previous, 'contentEditable');
        if (!root) return;
        const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
        Object.defineProperty(root, 'contentEditable', {
          configurable: true,
          get: () => ANSWER,
          set: (value: string) => native?.set?.call(root, value),
        });
      }),
    [editor],
  );
  return null;
}
