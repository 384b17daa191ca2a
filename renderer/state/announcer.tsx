import { createContext, memo, useContext, useMemo, type ReactNode } from 'react';
import { useStoreValue } from '../hooks/useStoreValue';
import { createValueStore, type ValueStore } from './valueStore';

export type Announce = (message: string) => void;

interface Announcer {
  announce: Announce;
  /** The text the live region shows now. */
  text: ValueStore<string>;
}

const AnnouncerContext = createContext<Announcer | null>(null);

/**
 * Gives the whole window one `announce`: a message for the polite live region (an insert,
 * a save problem). The text is kept in a store that only the live region reads, so
 * announcing something re-renders that line, not the window around it.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const announcer = useMemo<Announcer>(() => {
    const text = createValueStore('');
    return { announce: (message) => text.set(message), text };
  }, []);
  return <AnnouncerContext.Provider value={announcer}>{children}</AnnouncerContext.Provider>;
}

function useAnnouncer(): Announcer {
  const announcer = useContext(AnnouncerContext);
  if (!announcer) throw new Error('useAnnounce needs an AnnouncerProvider above it.');
  return announcer;
}

/** The window's `announce`: stable for the window's lifetime. */
export function useAnnounce(): Announce {
  return useAnnouncer().announce;
}

/** The window's polite live region, showing the latest announcement. */
export const AnnouncementLine = memo(function AnnouncementLine() {
  const text = useStoreValue(useAnnouncer().text);
  return (
    <p className="announcement" role="status" aria-live="polite">
      {text}
    </p>
  );
});
