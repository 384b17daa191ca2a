import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, PASTE_COMMAND, PASTE_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { MAX_REQUEST_BYTES } from '../../../common/contract';
import { useAnnounce } from '../../state/announcer';
import { wordListsToLists } from '../wordLists';

/** Formatted pastes larger than this are taken as plain text: parsing them would freeze the window. */
const MAX_FORMATTED_PASTE_CHARS = 1_000_000;
/**
 * Plain text whose saved form would pass this is refused: a save carries the whole note and
 * is refused past MAX_REQUEST_BYTES, so the note could not be saved again.
 */
const MAX_PASTED_TEXT_BYTES = MAX_REQUEST_BYTES * 0.7;
/** What each line or tab adds to the saved note beyond its characters: a node's JSON. */
const BYTES_PER_NODE = 150;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** About what pasting this text as plain text adds to the saved note, in bytes; counting stops past the limit. */
function savedSize(text: string): number {
  let bytes = text.length;
  for (let at = 0; at < text.length && bytes <= MAX_PASTED_TEXT_BYTES; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 9) bytes += BYTES_PER_NODE;
  }
  return bytes;
}

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
export function PasteGuardPlugin() {
  const [editor] = useLexicalComposerContext();
  const announce = useAnnounce();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const html = data.getData('text/html');
          if (html.trim() !== '' && html.length <= MAX_FORMATTED_PASTE_CHARS) {
            if (!/mso-list/i.test(html)) return false;
            event.preventDefault();
            pasteWithWordLists(editor, data, html);
            return true;
          }
          const text = data.getData('text/plain');
          const size = savedSize(text);
          if (size > MAX_PASTED_TEXT_BYTES) {
            event.preventDefault();
            announce(`Nothing was pasted: the clipboard's text would add over ${megabytes(size)} to the note, more than a note can hold and still be saved. Paste it in smaller parts.`);
            return true;
          }
          // Plain text a note can hold: Lexical pastes it, a paragraph a line.
          if (html.trim() === '') return false;
          event.preventDefault();
          editor.update(
            () => {
              const selection = $getSelection();
              if ($isRangeSelection(selection)) selection.insertRawText(text);
            },
            { tag: PASTE_TAG },
          );
          announce(`Pasted as plain text: the formatted content (${megabytes(html.length)}) was too large to keep its formatting.`);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor, announce],
  );
  return null;
}
