import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, PASTE_COMMAND, PASTE_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { wordListsToLists } from '../wordLists';

/** Formatted pastes larger than this are taken as plain text: parsing them would freeze the window. */
export const MAX_FORMATTED_PASTE_CHARS = 1_000_000;
/** Plain-text pastes larger than this are refused: the note would outgrow what can be saved. */
export const MAX_PLAIN_PASTE_CHARS = 2_000_000;

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/** Pastes HTML whose Word lists were rewritten as lists, as Lexical pastes any HTML. */
function pasteWithWordLists(editor: LexicalEditor, data: DataTransfer, html: string): void {
  const rewritten = new DataTransfer();
  rewritten.setData('text/html', wordListsToLists(html));
  rewritten.setData('text/plain', data.getData('text/plain'));
  editor.update(
    () => {
      const selection = $getSelection();
      if (selection) $insertDataTransferForRichText(rewritten, selection, editor);
    },
    { tag: PASTE_TAG },
  );
}

/**
 * Keeps very large pastes from freezing the editor, and turns Word's list paragraphs into
 * lists. Other pastes go on to Lexical, which keeps headings, lists, tables and links, and
 * drops scripts, styles and anything it has no node for.
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
          if (html.length <= MAX_FORMATTED_PASTE_CHARS) {
            if (!/mso-list/i.test(html)) return false;
            event.preventDefault();
            pasteWithWordLists(editor, data, html);
            return true;
          }
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
