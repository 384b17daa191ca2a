import { useMemo, type ReactNode } from 'react';
import type { BundleEntry } from '../../../common/bundle';
import type { Note } from '../../../common/note';
import type { SharedSourceResolution } from '../../../common/noteShare';
import { useClient } from '../../client/ClientContext';
import { SharedSourcesContext, type SharedSources } from '../../editor/SharedSources';

interface SharedSourcesProviderProps {
  note: Note;
  /** Saves pending changes first: the back end changes the saved note. */
  flush(): Promise<void>;
  /** Reloads the note after the back end changed it. */
  onReopen(): void;
  announce(message: string): void;
  children: ReactNode;
}

// One empty list, so the snippet check below does not restart on every render.
const NO_ENTRIES: readonly BundleEntry[] = [];

const DONE: Record<SharedSourceResolution, string> = {
  'keep library entry': 'Kept your library entry; this note now follows it.',
  'keep both': 'Added this note’s version of the source to your library as a separate entry, and linked the note’s snippets to it.',
};

/** Gives the note body the sources this note keeps from a colleague, and settles one through the back end. */
export function SharedSourcesProvider({ note, flush, onReopen, announce, children }: SharedSourcesProviderProps) {
  const client = useClient();
  const value = useMemo<SharedSources>(
    () => ({
      entries: note.sharedSources ?? NO_ENTRIES,
      async resolve(developmentId, resolution) {
        await flush();
        await client.call('notes.resolveSharedSource', { noteId: note.id, developmentId, resolution });
        window.dispatchEvent(new Event('brieflink:library-changed'));
        announce(DONE[resolution]);
        onReopen();
      },
    }),
    [note, flush, onReopen, announce, client],
  );
  return <SharedSourcesContext.Provider value={value}>{children}</SharedSourcesContext.Provider>;
}
