import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { noteTitle } from '../../../common/note';
import type { TrashedNote } from '../../../common/noteHistory';
import { AppError } from '../../../common/result';
import { NOTE_EXTENSION, parseNoteText, type NoteService } from '../notes';
import type { Workspace } from '../workspace';

export interface TrashService {
  /** Trashed notes, most recently trashed first. */
  list(): TrashedNote[];
  /** Puts a trashed note back among the notes; returns the id it has there. */
  restore(trashId: string): { noteId: string };
}

/** `<note id>.<file stamp>` → the note id and the time it was trashed. */
function splitTrashId(trashId: string): { noteId: string; trashedAt: string } {
  const dot = trashId.indexOf('.');
  const stamp = trashId.slice(dot + 1);
  // fileStamp replaced ':' and '.' by '-': put them back to get an ISO time.
  const iso = stamp.replace(/^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, '$1:$2:$3.$4Z');
  return { noteId: trashId.slice(0, dot), trashedAt: iso };
}

/** The trash folder: `notes.remove` moves files here; nothing in it is deleted. */
export function createTrashService(workspace: Workspace, notes: NoteService): TrashService {
  const fileOf = (trashId: string) => path.join(workspace.trashDir, `${trashId}${NOTE_EXTENSION}`);

  return {
    list() {
      const entries: TrashedNote[] = [];
      for (const name of fs.readdirSync(workspace.trashDir)) {
        if (!name.endsWith(NOTE_EXTENSION)) continue;
        const trashId = name.slice(0, -NOTE_EXTENSION.length);
        if (!trashId.includes('.')) continue;
        const { noteId, trashedAt } = splitTrashId(trashId);
        try {
          const note = parseNoteText(fs.readFileSync(fileOf(trashId), 'utf8'), noteId);
          entries.push({ trashId, noteId, title: noteTitle(note), trashedAt });
        } catch (error) {
          entries.push({ trashId, noteId, title: 'Unreadable note', trashedAt, problem: (error as Error).message });
        }
      }
      return entries.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
    },
    restore(trashId) {
      const source = fileOf(trashId);
      if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', 'This note is no longer in the trash.');
      const { noteId } = splitTrashId(trashId);
      if (!fs.existsSync(notes.fileOf(noteId))) {
        // The usual case: the file goes back byte for byte, damaged or not.
        fs.renameSync(source, notes.fileOf(noteId));
        return { noteId };
      }
      // A note with this id is back already (the same note trashed twice): restore this copy under a new id.
      const note = parseNoteText(fs.readFileSync(source, 'utf8'), noteId);
      const restored = { ...note, id: crypto.randomUUID() };
      notes.put(restored);
      fs.rmSync(source);
      return { noteId: restored.id };
    },
  };
}
