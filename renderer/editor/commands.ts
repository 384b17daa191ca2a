import type { LexicalCommand, NodeKey } from 'lexical';
import type { SnippetOrigin, SnippetSourceFields } from '../../common/snippet';

/**
 * A Lexical command is an object compared by identity, as Lexical's createCommand makes it. Made
 * here without importing Lexical: the window's first screen holds these (to send the open note a
 * snippet) and so would load all of Lexical before the note editor is wanted.
 */
const command = <Payload>(type: string): LexicalCommand<Payload> => ({ type });

/** A part of a library development to insert into the note as a linked snippet. */
export interface InsertSnippetRequest {
  developmentId: string;
  origin: SnippetOrigin;
  /** What the caller already has of the development (a [[ hit carries its summary): nothing then waits for the back end. */
  known?: SnippetSourceFields;
  /** Put it in place of this node (a [[ query left waiting for its results) rather than at the caret. */
  replacing?: NodeKey;
}

/** Inserts a part of a development into the note (the library panel's Insert buttons). */
export const INSERT_SNIPPET_COMMAND: LexicalCommand<InsertSnippetRequest> = command('INSERT_SNIPPET_COMMAND');

/** Puts the caret in the snippet with this id and scrolls to it (a backlink). */
export const SELECT_SNIPPET_COMMAND: LexicalCommand<string> = command('SELECT_SNIPPET_COMMAND');

/** Moves the caret's paragraph (heading, list item, …) up or down past its neighbour: Alt+Shift+Up or Down. */
export const MOVE_BLOCK_COMMAND: LexicalCommand<'up' | 'down'> = command('MOVE_BLOCK_COMMAND');

/**
 * Sent inside the update that put a snippet into the note (from the library, [[ or a drop),
 * with the snippet node's key: while suggesting, the insert becomes a suggestion in the same
 * undo step.
 */
export const SNIPPET_INSERTED_COMMAND: LexicalCommand<NodeKey> = command('SNIPPET_INSERTED_COMMAND');

/** A block type as the toolbar's Block type list names it. */
export type BlockType = 'paragraph' | 'h2' | 'h3' | 'bullet' | 'number' | 'quote';

/**
 * The toolbar's, menu's or palette's block type for the selected blocks (from `current`, as the
 * toolbar shows it). Taken by Suggest changes while it is on; otherwise setBlockType changes them.
 */
export const SET_BLOCK_TYPE_COMMAND = command<{ next: BlockType; current: BlockType }>('SET_BLOCK_TYPE_COMMAND');

/**
 * A change to the note's structure other than its text: a table inserted or its rows, columns
 * or header row changed, a horizontal line or page break inserted. Dispatched before the change
 * is made; Suggest changes, while on, takes it and refuses it (such changes are not recorded as suggestions).
 */
export const STRUCTURE_CHANGE_COMMAND = command<'table' | 'line' | 'page-break'>('STRUCTURE_CHANGE_COMMAND');
