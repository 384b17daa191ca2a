import { createContext, useContext } from 'react';
import { createValueStore, useStoreValue, type ValueStore } from '../../hooks/valueStore';

/** Counts the saves of notes since the window opened: what cites what may have changed with each. */
export const NotesSavedContext = createContext<ValueStore<number>>(createValueStore(0));

/** The number of note saves so far; a component that shows what notes hold reads it again when it grows. */
export function useNotesSaved(): number {
  return useStoreValue(useContext(NotesSavedContext));
}
