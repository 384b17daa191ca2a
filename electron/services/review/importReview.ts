import { randomUUID } from 'node:crypto';
import { base64Size, checkImportSize } from '../import/readDocument';
import { importError } from '../import/importError';
import type { NoteService } from '../notes/noteService';
import type { SnapshotStore } from '../notes/snapshots';
import { mergeReview } from './mergeReview';
import { readReviewDocx } from './readReviewDocx';

/**
 * "Import review from DOCX": the reviewer's comments in a Word document exported from the note
 * are added to the note, read and written as one step under the note's lock. The note as it
 * was is kept in History first. Nothing is written when the document adds nothing.
 */
export async function importReview(notes: NoteService, snapshots: SnapshotStore, noteId: string, fileName: string, dataBase64: string) {
  checkImportSize(fileName, base64Size(dataBase64));
  if (!/\.docx$/i.test(fileName)) throw importError(fileName, 'a review is imported from a Word document (.docx).');
  const review = readReviewDocx(Buffer.from(dataBase64, 'base64'), fileName);
  const now = new Date();
  const preview = mergeReview(notes.open(noteId), review, fileName, now, randomUUID);
  if (preview.added + preview.replies + preview.suggested === 0) {
    const note = notes.open(noteId);
    return { revision: note.revision, updatedAt: note.updatedAt, added: 0, replies: 0, message: preview.message };
  }
  let merged = preview;
  const updated = notes.update(noteId, (note) => {
    merged = mergeReview(note, review, fileName, now, randomUUID);
    snapshots.take(note, 'before-review-import');
    return { body: merged.body, comments: merged.comments };
  });
  return { revision: updated.revision, updatedAt: updated.updatedAt, added: merged.added, replies: merged.replies, message: merged.message };
}
