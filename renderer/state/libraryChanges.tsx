import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStoreValue } from '../hooks/useStoreValue';
import { createValueStore, type ValueStore } from './valueStore';

interface LibraryChanges {
  /** Grows by one each time this window changes the library. */
  revision: ValueStore<number>;
  changed(): void;
}

const LibraryChangesContext = createContext<LibraryChanges | null>(null);

/**
 * Counts the changes this window made to the library (an entry edited, restored, added from
 * a snippet or a shared note). What shows library data in the note (the snippets' freshness,
 * a shared note's differing sources) reads it again when the count moves.
 */
export function LibraryChangesProvider({ children }: { children: ReactNode }) {
  const changes = useMemo<LibraryChanges>(() => {
    const revision = createValueStore(0);
    return { revision, changed: () => revision.set(revision.get() + 1) };
  }, []);
  return <LibraryChangesContext.Provider value={changes}>{children}</LibraryChangesContext.Provider>;
}

function useLibraryChanges(): LibraryChanges {
  const changes = useContext(LibraryChangesContext);
  if (!changes) throw new Error('The library changes need a LibraryChangesProvider above them.');
  return changes;
}

/** Tells the window that the library changed: call after the back end changed it. */
export function useLibraryChanged(): () => void {
  return useLibraryChanges().changed;
}

/** The number of library changes so far: a component that shows library data loads it again when it moves. */
export function useLibraryRevision(): number {
  return useStoreValue(useLibraryChanges().revision);
}
