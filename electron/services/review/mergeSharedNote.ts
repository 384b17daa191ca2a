import { randomUUID } from 'node:crypto';
import { clearanceOf, clearedAtItsRevision, withClearedRevisions } from '../../../common/clearance';
import type { Note } from '../../../common/note';
import type { NoteService } from '../notes/noteService';
import type { SnapshotStore } from '../notes/snapshots';
import { mergeClearance, type MergedClearance } from './mergeClearance';
import { mergeReview, type MergedReview } from './mergeReview';
import { reviewOfNote } from './reviewOfNote';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function clearanceMessage(clearance: MergedClearance): string {
  return [
    clearance.added > 0 ? `${plural(clearance.added, 'clearance entry was', 'clearance entries were')} added.` : '',
    clearance.decided > 0 ? `${plural(clearance.decided, 'pending clearance now records', 'pending clearances now record')} the outcome from their copy.` : '',
    clearance.notTaken.length > 0 ? `Kept as recorded here, not as in their copy: ${clearance.notTaken.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const addsSomething = (review: MergedReview, clearance: MergedClearance) => review.added + review.replies + review.suggested + clearance.added + clearance.decided > 0;

/**
 * A colleague's copy of a note that is here (a shared-note file of the same id), merged into it
 * under its lock: their comments, replies and suggestions are added by id (those the note has
 * already are recognised, so the same copy merged twice adds nothing), and their clearance
 * entries merged (mergeClearance.ts). The note as it was is kept in History first, and the
 * version a merged clearance cleared is kept too. Refused, changing nothing, when their text
 * differs from the note's other than by their suggestions; nothing is written when the copy
 * adds nothing.
 */
export function mergeSharedNote(notes: NoteService, snapshots: SnapshotStore, theirs: Note, fileName: string, now = new Date()): { revision: number; message: string } {
  const review = reviewOfNote(theirs);
  const merge = (note: Note) => ({ review: mergeReview(note, review, fileName, now, randomUUID, 'note'), clearance: mergeClearance(clearanceOf(note), clearanceOf(theirs)) });
  const preview = merge(notes.open(theirs.id));
  if (!addsSomething(preview.review, preview.clearance)) {
    const nothing = 'It adds nothing the note does not have: no new comments, suggestions or clearances.';
    return { revision: notes.open(theirs.id).revision, message: preview.review.leftOut ? `${nothing} ${preview.review.leftOut}` : nothing };
  }
  let merged = preview;
  const updated = notes.update(theirs.id, (note) => {
    merged = merge(note);
    snapshots.take(note, 'before-review-import');
    return { body: merged.review.body, comments: merged.review.comments, clearance: withClearedRevisions(clearanceOf(note), merged.clearance.entries, note.revision + 1) };
  });
  if (clearedAtItsRevision(updated)) snapshots.take(updated, 'cleared');
  return { revision: updated.revision, message: [merged.review.message, clearanceMessage(merged.clearance), 'The note as it was is kept in History.'].filter(Boolean).join(' ') };
}
