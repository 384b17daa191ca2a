import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createRangeSelection, $setSelection, COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { snippetOriginSchema } from '../../../common/snippet';
import { developmentIdSchema } from '../../../common/development';
import { z } from 'zod';
import { SNIPPET_DRAG_TYPE } from '../snippetDragType';
import { useInsertFromLibrary } from '../useInsertFromLibrary';

const dragSchema = z.object({ developmentId: developmentIdSchema, origin: snippetOriginSchema });

/** Library items dragged into the note become linked snippets where they are dropped. */
export function SnippetDropPlugin() {
  const [editor] = useLexicalComposerContext();
  const insertFromLibrary = useInsertFromLibrary();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!event.dataTransfer?.types.includes(SNIPPET_DRAG_TYPE)) return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const raw = event.dataTransfer?.getData(SNIPPET_DRAG_TYPE);
            if (!raw) return false;
            event.preventDefault();
            let parsed: z.infer<typeof dragSchema>;
            try {
              parsed = dragSchema.parse(JSON.parse(raw));
            } catch {
              return true;
            }
            const range = document.caretRangeFromPoint?.(event.clientX, event.clientY);
            if (range) {
              editor.update(() => {
                const selection = $createRangeSelection();
                selection.applyDOMRange(range);
                $setSelection(selection);
              });
            }
            void insertFromLibrary({ developmentId: parsed.developmentId, origin: parsed.origin });
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, insertFromLibrary],
  );
  return null;
}
