import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the box to comment on the selected text (the toolbar's Comment button, Ctrl+Alt+M). */
export const OPEN_COMMENT_COMMAND: LexicalCommand<void> = createCommand('OPEN_COMMENT_COMMAND');

/** Selects the text a thread is on and puts focus in the editor (the Review panel). */
export const SELECT_COMMENT_TEXT_COMMAND: LexicalCommand<string> = createCommand('SELECT_COMMENT_TEXT_COMMAND');

/** Takes a deleted thread's marks off the text, which stays. */
export const REMOVE_COMMENT_MARKS_COMMAND: LexicalCommand<string> = createCommand('REMOVE_COMMENT_MARKS_COMMAND');
