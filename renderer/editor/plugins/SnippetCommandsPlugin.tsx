import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { INSERT_SNIPPET_COMMAND, SELECT_SNIPPET_COMMAND } from '../commands';
import { selectSnippet } from '../snippets';
import { useInsertFromLibrary } from '../useInsertFromLibrary';

/** Carries out the snippet commands sent to the note from outside it: insert from the library, go to a snippet. */
export function SnippetCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  const insert = useInsertFromLibrary();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_SNIPPET_COMMAND,
          (request) => {
            // After this command's update: an insert makes updates of its own and reads their outcome.
            queueMicrotask(() => void insert(request));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          SELECT_SNIPPET_COMMAND,
          (snippetId) => {
            // After this command's update, as for an insert: selecting focuses the editor.
            queueMicrotask(() => selectSnippet(editor, snippetId));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor, insert],
  );
  return null;
}
