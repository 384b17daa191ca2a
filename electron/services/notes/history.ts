import { commentsOf } from '../../../common/comments';
import { nextRevision, type Note } from '../../../common/note';
import { AppError } from '../../../common/result';
import type { NoteService } from './noteService';
import type { SnapshotStore } from './snapshots';

export interface NoteHistory {
  /** Snapshots the note as it is, then gives it the snapshot's metadata and body. */
  restore(noteId: string, snapshotId: string): Note;
  /**
   * For a note file that cannot be read: moves the damaged file to backups/ and puts the
   * newest readable snapshot in its place.
   */
  recover(noteId: string): Note;
}

export function createNoteHistory(
  notes: NoteService,
  snapshots: SnapshotStore,
  now: () => Date = () => new Date(),
): NoteHistory {
  function openProblem(noteId: string): AppError | null {
    try {
      notes.open(noteId);
      return null;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  }

  return {
    restore(noteId, snapshotId) {
      const snapshot = snapshots.read(noteId, snapshotId);
      const current = notes.open(noteId);
      snapshots.take(current, 'before-restore');
      // Made on the version just snapshotted: one written meanwhile elsewhere is not overwritten unseen.
      // The comments go back with the body: its marks name them.
      notes.save(noteId, snapshot.metadata, snapshot.body, current.revision, { comments: [...commentsOf(snapshot)] });
      return notes.open(noteId);
    },
    recover(noteId) {
      const problem = openProblem(noteId);
      // Only a damaged file is replaced: a readable note has History, a newer version's file is never touched.
      if (problem?.code !== 'NOTE_UNREADABLE') {
        throw problem ?? new AppError('BAD_ARGUMENTS', 'This note can be read; use History to go back to an earlier version.');
      }
      let snapshot: Note | null = null;
      for (const { id } of snapshots.list(noteId)) {
        try {
          snapshot = snapshots.read(noteId, id);
          break;
        } catch {
          // A damaged snapshot: try the one before it.
        }
      }
      if (!snapshot) throw new AppError('NOT_FOUND', 'This note has no readable snapshot to restore from.');
      const restored = nextRevision(snapshot, now());
      notes.replaceDamaged(restored);
      return restored;
    },
  };
}
