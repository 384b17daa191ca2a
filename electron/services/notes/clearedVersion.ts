import { clearanceBy, clearanceOf } from '../../../common/clearance';
import type { Note } from '../../../common/note';
import { SNAPSHOTS_KEPT_PER_NOTE } from '../../../common/noteHistory';
import { AppError } from '../../../common/result';
import type { SnapshotStore } from './snapshots';

/**
 * The version of the note that this person cleared: the "Cleared" snapshot taken when their
 * clearance entry's outcome became cleared, found by the revision the entry records.
 */
export function clearedVersion(note: Note, name: string, snapshots: Pick<SnapshotStore, 'list' | 'read'>): { note: Note; takenAt: string } {
  const entry = clearanceBy(clearanceOf(note), name);
  if (!entry) throw new AppError('NOT_FOUND', `No clearance by ${name.trim() || 'you'} is recorded on this note.`);
  for (const snapshot of snapshots.list(note.id)) {
    if (snapshot.reason !== 'cleared') continue;
    const version = snapshots.read(note.id, snapshot.id);
    if (version.revision === entry.clearedRevision) return { note: version, takenAt: snapshot.takenAt };
  }
  throw new AppError('NOT_FOUND', `The version ${entry.name} cleared is no longer in History (it keeps the ${SNAPSHOTS_KEPT_PER_NOTE} most recent versions).`);
}
