import { createContext, useContext, useState, type ReactNode } from 'react';
import { createPlaceStore, type PlaceStore } from './placeStore';
import { PLACE_STORAGE_KEY } from './savedPlace';

const WindowPlaceContext = createContext<PlaceStore | null>(null);

/** The window's storage, or none where it is refused (a sandboxed page may throw on reading it). */
function windowStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Where the user was (panel widths, the open note, its caret and scroll position), kept in the
 * window's local storage: it belongs to this window, not to the workspace's settings.
 */
export function WindowPlaceProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createPlaceStore(windowStorage(), PLACE_STORAGE_KEY));
  return <WindowPlaceContext.Provider value={store}>{children}</WindowPlaceContext.Provider>;
}

export function useWindowPlace(): PlaceStore {
  const store = useContext(WindowPlaceContext);
  if (!store) throw new Error('useWindowPlace needs a WindowPlaceProvider above it.');
  return store;
}
