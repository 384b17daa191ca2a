import type { Handlers } from '../../../common/contract';
import { compareNotes } from '../../../common/compare/compareNotes';
import { NOW, type VersionRef } from '../../../common/compare/noteComparison';
import type { Note } from '../../../common/note';
import type { NoteService } from '../notes';
import type { SnapshotStore } from './snapshots';

/** "Compare" in History: both versions are read here, from the workspace, and compared by the pure redline. */
export function createCompareHandler(notes: NoteService, snapshots: SnapshotStore): Pick<Handlers, 'notes.history.compare'> {
  const versionOf = (noteId: string, ref: VersionRef): Note => (ref === NOW ? notes.open(noteId) : snapshots.read(noteId, ref));
  return {
    'notes.history.compare': async ({ noteId, from, to }) => compareNotes(versionOf(noteId, from), versionOf(noteId, to)),
  };
}
