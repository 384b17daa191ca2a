import { messageOf } from '../../../common/messageOf';
import type { CitationIndex } from '../library/noteCitations';
import type { NoteService } from './noteService';
import { noteFileStamp } from '../library/startCitationIndex';

/**
 * The note service, keeping the backlinks index in step with every change it makes to a
 * note file. The file is written first; an index failure is logged and never fails the
 * save (start-up brings the index back in line with the files).
 */
export function withCitationIndex(notes: NoteService, index: CitationIndex, log: (message: string) => void): NoteService {
  const quietly = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      log(`Backlinks index not updated (${what}): ${messageOf(error)}`);
    }
  };
  const stampOf = (id: string) => noteFileStamp(notes.fileOf(id));
  const readable = (id: string) => {
    try {
      return notes.open(id);
    } catch {
      return null;
    }
  };
  const reindex = (id: string) => quietly(id, () => index.update(notes.open(id), stampOf(id)));
  return {
    ...notes,
    create(template, defaults) {
      const note = notes.create(template, defaults);
      quietly(note.id, () => index.update(note, stampOf(note.id)));
      return note;
    },
    save(id, metadata, body, baseRevision, review) {
      const saved = notes.save(id, metadata, body, baseRevision, review);
      quietly(id, () => index.update({ id, metadata, body, updatedAt: saved.updatedAt }, stampOf(id)));
      return saved;
    },
    remove(id) {
      notes.remove(id);
      quietly(id, () => index.remove(id));
    },
    duplicate(id, content) {
      const copy = notes.duplicate(id, content);
      quietly(copy.id, () => index.update(copy, stampOf(copy.id)));
      return copy;
    },
    rename(id, title, baseRevision) {
      const saved = notes.rename(id, title, baseRevision);
      reindex(id);
      return saved;
    },
    update(id, change) {
      const updated = notes.update(id, change);
      quietly(id, () => index.update(updated, stampOf(id)));
      return updated;
    },
    put(note) {
      notes.put(note);
      quietly(note.id, () => index.update(note, stampOf(note.id)));
    },
    replaceDamaged(note) {
      notes.replaceDamaged(note);
      quietly(note.id, () => index.update(note, stampOf(note.id)));
    },
    restoreFromTrash(trashId) {
      const restored = notes.restoreFromTrash(trashId);
      const note = readable(restored.noteId);
      // A damaged note comes back from the trash as it went: it cites nothing the index can read.
      if (note) quietly(note.id, () => index.update(note, stampOf(note.id)));
      return restored;
    },
  };
}
