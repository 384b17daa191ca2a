import type { LexicalEditor, NodeKey } from 'lexical';
import { createContext, useContext } from 'react';
import type { SnippetOrigin, SnippetSourceFields } from '../../common/snippet';

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
   * Set by the App: inserts a part of a development into the open note. `known` is what the
   * caller already has of it (a [[ hit carries its summary): nothing then waits for the back end.
   * `replacing` puts it in place of that node (a [[ query left waiting for its results) rather
   * than at the caret.
   */
  insertFromLibrary(developmentId: string, origin: SnippetOrigin, known?: SnippetSourceFields, replacing?: NodeKey): Promise<void>;
}

export const EditorBridgeContext = createContext<EditorBridge | null>(null);

export function useEditorBridge(): EditorBridge | null {
  return useContext(EditorBridgeContext);
}
