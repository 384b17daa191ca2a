import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStoreValue } from '../hooks/useStoreValue';
import { createValueStore, type ValueStore } from './valueStore';

interface NotesSaved {
  /** The saves of notes since the window opened. */
  count: ValueStore<number>;
  saved(): void;
}

const NotesSavedContext = createContext<NotesSaved | null>(null);

/** Counts the saves of notes since the window opened: what cites what may have changed with each. */
export function NotesSavedProvider({ children }: { children: ReactNode }) {
  const notesSaved = useMemo<NotesSaved>(() => {
    const count = createValueStore(0);
    return { count, saved: () => count.set(count.get() + 1) };
  }, []);
  return <NotesSavedContext.Provider value={notesSaved}>{children}</NotesSavedContext.Provider>;
}

function useNotesSavedContext(): NotesSaved {
  const notesSaved = useContext(NotesSavedContext);
  if (!notesSaved) throw new Error('The note saves need a NotesSavedProvider above them.');
  return notesSaved;
}

/** Tells the window that a note was saved. */
export function useNoteSaved(): () => void {
  return useNotesSavedContext().saved;
}

/** The number of note saves so far; a component that shows what notes hold reads it again when it grows. */
export function useNotesSaved(): number {
  return useStoreValue(useNotesSavedContext().count);
}
