import type { Handlers } from '../../../common/contract';
import { noteTitle } from '../../../common/note';
import type { NoteService } from '../notes';
import type { Workspace } from '../workspace';
import { createNoteHistory } from './history';
import { readNewerNote } from './readOnly';
import type { SnapshotStore } from './snapshots';
import { createTrashService } from './trash';

type NoteExtraMethod =
  | 'notes.duplicate'
  | 'notes.rename'
  | 'notes.trash.list'
  | 'notes.trash.restore'
  | 'notes.history.list'
  | 'notes.history.preview'
  | 'notes.history.restore'
  | 'notes.recover'
  | 'notes.openReadOnly';

/** Handlers for the notes list's actions, the trash, version history and recovery. */
export function createNoteExtraHandlers(
  workspace: Workspace,
  notes: NoteService,
  snapshots: SnapshotStore,
): Pick<Handlers, NoteExtraMethod> {
  const trash = createTrashService(workspace, notes);
  const history = createNoteHistory(workspace, notes, snapshots);
  return {
    'notes.duplicate': async ({ id }) => {
      const copy = notes.duplicate(id);
      return {
        id: copy.id,
        title: noteTitle(copy),
        templateName: copy.template.name,
        updatedAt: copy.updatedAt,
        createdAt: copy.createdAt,
      };
    },
    'notes.rename': async ({ id, title }) => notes.rename(id, title),
    'notes.trash.list': async () => trash.list(),
    'notes.trash.restore': async ({ trashId }) => trash.restore(trashId),
    'notes.history.list': async ({ noteId }) => snapshots.list(noteId),
    'notes.history.preview': async ({ noteId, snapshotId }) => snapshots.preview(noteId, snapshotId),
    'notes.history.restore': async ({ noteId, snapshotId }) => history.restore(noteId, snapshotId),
    'notes.recover': async ({ noteId }) => history.recover(noteId),
    'notes.openReadOnly': async ({ id }) => readNewerNote(notes.fileOf(id)),
  };
}
