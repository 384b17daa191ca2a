import { useMemo, type ReactNode } from 'react';
import type { BundleEntry } from '../../../common/bundle';
import type { Note } from '../../../common/note';
import type { SharedSourceResolution } from '../../../common/noteShare';
import { useClient } from '../../client/ClientContext';
import { SharedSourcesContext, type SharedSources } from '../../editor/SharedSources';
import { useAnnounce } from '../../state/announcer';
import { useLibraryChanged } from '../../state/libraryChanges';
import { useOpenNote } from '../../state/openNote';
import { runOnSavedNote } from '../../state/runOnSavedNote';

// One empty list, so the snippet check below does not restart on every render.
const NO_ENTRIES: readonly BundleEntry[] = [];

const DONE: Record<SharedSourceResolution, string> = {
  'keep library entry': 'Kept your library entry; this note now follows it.',
  'keep both': 'Added this note’s version of the source to your library as a separate entry, and linked the note’s snippets to it.',
};

/** Gives the note body the sources this note keeps from a colleague, and settles one through the back end. */
export function SharedSourcesProvider({ note, children }: { note: Note; children: ReactNode }) {
  const client = useClient();
  const announce = useAnnounce();
  const libraryChanged = useLibraryChanged();
  const openNote = useOpenNote();
  const value = useMemo<SharedSources>(
    () => ({
      entries: note.sharedSources ?? NO_ENTRIES,
      async resolve(developmentId, resolution) {
        // The back end changes the saved note (and the library), and the note opens again to show it.
        await runOnSavedNote(openNote, async () => {
          await client.call('notes.resolveSharedSource', { noteId: note.id, developmentId, resolution });
          libraryChanged();
          announce(DONE[resolution]);
        });
      },
    }),
    [note, openNote, client, libraryChanged, announce],
  );
  return <SharedSourcesContext.Provider value={value}>{children}</SharedSourcesContext.Provider>;
}
