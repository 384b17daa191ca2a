import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback } from 'react';
import { useClient } from '../client/ClientContext';
import { useAnnounce } from '../state/announcer';
import type { InsertSnippetRequest } from './commands';
import { insertFromLibrary } from './insertFromLibrary';

/** Inserts library text into this editor, for the editor's own plugins ([[, drag and drop, INSERT_SNIPPET_COMMAND). */
export function useInsertFromLibrary(): (request: InsertSnippetRequest) => Promise<void> {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const announce = useAnnounce();
  return useCallback((request: InsertSnippetRequest) => insertFromLibrary(editor, request, { client, announce }), [editor, client, announce]);
}
