import type { LexicalEditor } from 'lexical';
import { createContext, useContext } from 'react';
import type { Development } from '../../common/development';
import type { SnippetOrigin } from '../../common/snippet';

/**
 * Lets the library panel and the open note's editor reach each other: the panel inserts
 * snippets into the editor, the editor's source chips open developments in the panel.
 */
export interface EditorBridge {
  editor: LexicalEditor | null;
  /** Set by the library panel: shows a development's detail view. */
  showDevelopment: ((id: string) => void) | null;
  /** Set by the App: opens a note at one of its snippets (a backlink). */
  openNoteAt: ((noteId: string, snippetId: string) => void) | null;
  /** A snippet to put the caret in once its note's editor is ready. */
  pendingSnippetFocus: string | null;
  /**
   * Set by the App: inserts a part of a development into the open note. `fetching` is the
   * development's fetch when the caller began one ahead: nothing then waits for another trip
   * to the back end (and nothing at all once it has arrived).
   */
  insertFromLibrary(developmentId: string, origin: SnippetOrigin, fetching?: Promise<Development | undefined>): Promise<void>;
}

export const EditorBridgeContext = createContext<EditorBridge | null>(null);

export function useEditorBridge(): EditorBridge | null {
  return useContext(EditorBridgeContext);
}
