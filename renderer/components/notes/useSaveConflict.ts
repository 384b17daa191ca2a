import { useCallback, useRef, useState } from 'react';
import type { Note } from '../../../common/note';
import { ClientError } from '../../client/client';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import type { ConflictChoice, MyVersion } from './SaveConflictDialog';

interface Autosaver {
  flush(): Promise<void>;
  discard(): void;
}

/**
 * The revision the open note's changes are made on, and what happens when the back end
 * refuses a save because the note was saved elsewhere meanwhile (REVISION_CONFLICT): the
 * conflict dialog opens, and the user's choice is carried out here.
 */
export function useSaveConflict(noteId: string, onReopen: () => void) {
  const client = useClient();
  const announce = useAnnounce();
  /** `keepMine`: the next save replaces a version saved elsewhere, which the back end keeps in History first. */
  const base = useRef({ revision: 0, keepMine: false });
  const [open, setOpen] = useState(false);
  const [theirsToMerge, setTheirsToMerge] = useState<Note | null>(null);

  /** The arguments every save of this note carries. */
  const saveArgs = useCallback(() => ({ baseRevision: base.current.revision, ...(base.current.keepMine ? { keepMine: true } : {}) }), []);
  const onOpened = useCallback((revision: number) => {
    base.current = { revision, keepMine: false };
  }, []);
  const onSaved = onOpened;
  const onSaveFailed = useCallback((error: unknown) => {
    if (error instanceof ClientError && error.code === 'REVISION_CONFLICT') setOpen(true);
  }, []);

  async function resolve(choice: ConflictChoice, theirs: Note, mine: MyVersion, autosaver: Autosaver) {
    if (choice === 'theirs' || choice === 'both') {
      const copy = choice === 'both' ? await client.call('notes.saveAsCopy', { id: noteId, metadata: mine.metadata, body: mine.bodyJson, ...mine.review }) : null;
      autosaver.discard();
      setOpen(false);
      announce(
        copy
          ? `Your version was saved as a new note, “${copy.title}”. This note now shows the version saved elsewhere.`
          : 'Kept the version saved elsewhere; your changes in this window were dropped.',
      );
      onReopen();
      return;
    }
    // Mine goes on top of theirs, which the back end first keeps as a snapshot.
    base.current = { revision: theirs.revision, keepMine: true };
    await autosaver.flush();
    setOpen(false);
    if (choice === 'merge') setTheirsToMerge(theirs);
    announce(
      choice === 'merge'
        ? 'Your version was saved. The other version is shown above the note to copy from, and kept in History.'
        : 'Your version was saved. The other version is kept in History.',
    );
  }

  return {
    saveArgs,
    onOpened,
    onSaved,
    onSaveFailed,
    dialogOpen: open,
    closeDialog: () => setOpen(false),
    resolve,
    theirsToMerge,
    closeMerge: () => setTheirsToMerge(null),
  };
}
