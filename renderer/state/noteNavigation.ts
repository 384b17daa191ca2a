import { createContext, useContext } from 'react';

/** Opening notes from elsewhere in the window (a backlink in the library). */
export interface NoteNavigation {
  /** Opens a note with the caret at one of its snippets. */
  openNoteAt(noteId: string, snippetId: string): void;
}

/** Provided by the App, which knows which note is open. */
export const NoteNavigationContext = createContext<NoteNavigation | null>(null);

export function useNoteNavigation(): NoteNavigation {
  const navigation = useContext(NoteNavigationContext);
  if (!navigation) throw new Error('useNoteNavigation needs the App above it.');
  return navigation;
}
