import type { Handlers } from '../../../common/contract';
import { statusOf } from '../../../common/clearance';
import { noteTitle, type Note, type NoteSummary } from '../../../common/note';
import type { NoteService } from '../notes';
import type { Workspace } from '../workspace';
import { createNoteHistory } from './history';
import { readNewerNote } from './readOnly';
import type { SnapshotStore } from './snapshots';
import { createTrashService } from './trash';

type NoteExtraMethod =
  | 'notes.duplicate'
  | 'notes.rename'
  | 'notes.saveAsCopy'
  | 'notes.trash.list'
  | 'notes.trash.restore'
  | 'notes.history.list'
  | 'notes.history.preview'
  | 'notes.history.restore'
  | 'notes.recover'
  | 'notes.openReadOnly';

function summaryOf(note: Note): NoteSummary {
  return {
    id: note.id,
    title: noteTitle(note),
    templateName: note.template.name,
    revision: note.revision,
    updatedAt: note.updatedAt,
    createdAt: note.createdAt,
    status: statusOf(note),
  };
}

/** Handlers for the notes list's actions, the trash, version history and recovery. */
export function createNoteExtraHandlers(
  workspace: Workspace,
  notes: NoteService,
  snapshots: SnapshotStore,
): Pick<Handlers, NoteExtraMethod> {
  const trash = createTrashService(workspace, notes);
  const history = createNoteHistory(workspace, notes, snapshots);
  return {
    'notes.duplicate': async ({ id }) => summaryOf(notes.duplicate(id)),
    'notes.rename': async ({ id, title, baseRevision }) => notes.rename(id, title, baseRevision),
    'notes.saveAsCopy': async ({ id, metadata, body }) => summaryOf(notes.duplicate(id, { metadata, body })),
    'notes.trash.list': async () => trash.list(),
    'notes.trash.restore': async ({ trashId }) => trash.restore(trashId),
    'notes.history.list': async ({ noteId }) => snapshots.list(noteId),
    'notes.history.preview': async ({ noteId, snapshotId }) => snapshots.preview(noteId, snapshotId),
    'notes.history.restore': async ({ noteId, snapshotId }) => history.restore(noteId, snapshotId),
    'notes.recover': async ({ noteId }) => history.recover(noteId),
    'notes.openReadOnly': async ({ id }) => readNewerNote(notes.fileOf(id)),
  };
}
