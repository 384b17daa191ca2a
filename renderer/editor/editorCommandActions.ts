import type { LexicalEditor } from 'lexical';
import type { WindowCommandId } from '../../common/commands';
import type { CommandActions } from '../state/windowCommandMap';
import {
  $currentBlockType,
  clearFormatting,
  formatText,
  indent,
  insertHorizontalRule,
  insertPageBreak,
  insertTable,
  OPEN_FIND_COMMAND,
  OPEN_LINK_DIALOG_COMMAND,
  openLibraryMenu,
  outdent,
  setBlockType,
} from './actions';
import type { BlockType } from './commands';

// Kept apart from the window's command map, which the first screen loads: this part needs
// Lexical, which loads with the note editor.

const BLOCK_OF: Partial<Record<WindowCommandId, BlockType>> = {
  'format.paragraph': 'paragraph',
  'format.heading': 'h2',
  'format.subheading': 'h3',
  'format.bulletedList': 'bullet',
  'format.numberedList': 'number',
  'format.quote': 'quote',
};

/** The editor's actions for the Edit, Insert and Format commands, on the open note's editor. */
export function editorCommandActions(editor: LexicalEditor): CommandActions {
  const block = (next: BlockType) => () => setBlockType(editor, next, editor.getEditorState().read($currentBlockType));
  const actions: CommandActions = {
    'edit.find': () => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: false }),
    'edit.replace': () => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: true }),
    'insert.table': () => insertTable(editor),
    'insert.link': () => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined),
    'insert.horizontalLine': () => insertHorizontalRule(editor),
    'insert.pageBreak': () => insertPageBreak(editor),
    'insert.fromLibrary': () => openLibraryMenu(editor),
    'format.bold': () => formatText(editor, 'bold'),
    'format.italic': () => formatText(editor, 'italic'),
    'format.underline': () => formatText(editor, 'underline'),
    'format.strikethrough': () => formatText(editor, 'strikethrough'),
    'format.indent': () => indent(editor),
    'format.outdent': () => outdent(editor),
    'format.clear': () => clearFormatting(editor),
  };
  for (const [id, next] of Object.entries(BLOCK_OF)) actions[id as WindowCommandId] = block(next);
  return actions;
}
