import { createCommand, type LexicalCommand } from 'lexical';

/** Accepts or rejects one suggestion (by id) or, with a null id, all of them (the Review panel). */
export const DECIDE_SUGGESTIONS_COMMAND: LexicalCommand<{ id: string | null; accept: boolean }> = createCommand('DECIDE_SUGGESTIONS_COMMAND');

/** Selects a suggestion's text and puts focus in the editor (the Review panel). */
export const SELECT_SUGGESTION_COMMAND: LexicalCommand<string> = createCommand('SELECT_SUGGESTION_COMMAND');
