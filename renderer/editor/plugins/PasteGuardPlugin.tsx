import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';

/** Formatted pastes larger than this are taken as plain text: parsing them would freeze the window. */
export const MAX_FORMATTED_PASTE_CHARS = 1_000_000;
/** Plain-text pastes larger than this are refused: the note would outgrow what can be saved. */
export const MAX_PLAIN_PASTE_CHARS = 2_000_000;

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/**
 * Keeps very large pastes from freezing the editor. Ordinary pastes go on to Lexical, which
 * keeps headings, lists, tables and links, and drops scripts, styles and anything it has no
 * node for.
 */
export function PasteGuardPlugin({ onNotice }: { onNotice(message: string): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const html = data.getData('text/html');
          if (html.length <= MAX_FORMATTED_PASTE_CHARS) return false;
          event.preventDefault();
          const text = data.getData('text/plain');
          if (text.length > MAX_PLAIN_PASTE_CHARS) {
            onNotice(`Nothing was pasted: the clipboard holds ${megabytes(html.length)}, too much for one note. Paste it in smaller parts.`);
            return true;
          }
          editor.update(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) selection.insertRawText(text);
          });
          onNotice(`Pasted as plain text: the formatted content (${megabytes(html.length)}) was too large to keep its formatting.`);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor, onNotice],
  );
  return null;
}
