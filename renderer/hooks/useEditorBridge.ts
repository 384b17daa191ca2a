import { useMemo } from 'react';
import { makeSnippet } from '../../common/snippet';
import type { BrieflinkClient } from '../client/client';
import type { EditorBridge } from '../editor/EditorBridge';
import { insertSnippet, newSnippetId, replaceWithSnippet } from '../editor/snippets';

/** One bridge for the app's lifetime; the open editor and the library panel fill in their parts. */
export function useEditorBridgeValue(client: BrieflinkClient, announce: (message: string) => void): EditorBridge {
  return useMemo(() => {
    const bridge: EditorBridge = {
      editor: null,
      showDevelopment: null,
      openNoteAt: null,
      pendingSnippetFocus: null,
      async insertFromLibrary(developmentId, origin, known, replacing) {
        if (!bridge.editor) {
          announce('Open a note first: library text goes into the open note.');
          return;
        }
        try {
          const development = known?.id === developmentId ? known : await client.call('library.get', { id: developmentId });
          const snippet = makeSnippet(development, origin, newSnippetId());
          if (!snippet) {
            announce('That part of the development is empty or no longer exists; nothing was inserted.');
            return;
          }
          if (replacing === undefined) insertSnippet(bridge.editor, snippet);
          else if (!replaceWithSnippet(bridge.editor, replacing, snippet)) return;
          announce(`Inserted from “${development.title}”.`);
        } catch (error) {
          announce(error instanceof Error ? error.message : String(error));
        }
      },
    };
    return bridge;
  }, [client, announce]);
}
