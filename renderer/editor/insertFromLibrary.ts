import type { LexicalEditor } from 'lexical';
import { messageOf } from '../../common/messageOf';
import { makeSnippet } from '../../common/snippet';
import type { BrieflinkClient } from '../client/client';
import type { Announce } from '../state/announcer';
import type { InsertSnippetRequest } from './commands';
import { insertSnippet, newSnippetId, replaceWithSnippet } from './snippets';

/**
 * Inserts a part of a development into the note as a linked snippet and says so. With the
 * development already `known`, the insert happens before this returns: the [[ menu's Enter
 * relies on it, inside its own key's update.
 */
export async function insertFromLibrary(
  editor: LexicalEditor,
  { developmentId, origin, known, replacing }: InsertSnippetRequest,
  { client, announce }: { client: BrieflinkClient; announce: Announce },
): Promise<void> {
  try {
    const development = known?.id === developmentId ? known : await client.call('library.get', { id: developmentId });
    const snippet = makeSnippet(development, origin, newSnippetId());
    if (!snippet) {
      announce('That part of the development is empty or no longer exists; nothing was inserted.');
      return;
    }
    if (replacing === undefined) insertSnippet(editor, snippet);
    else if (!replaceWithSnippet(editor, replacing, snippet)) return;
    announce(`Inserted from “${development.title}”.`);
  } catch (error) {
    announce(messageOf(error));
  }
}
