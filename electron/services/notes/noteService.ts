import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  newNote,
  nextRevision,
  noteSchema,
  noteTitle,
  type Note,
  type NoteLanguage,
  type NoteMetadata,
  type NoteSummary,
  withFormatVersion,
} from '../../../common/note';
import type { SerializedEditorState } from '../../../common/editorState';
import { sectionStats, type SectionStats } from '../../../common/noteStructure';
import { messageOf } from '../../../common/messageOf';
import { AppError } from '../../../common/result';
import type { TrashedNote } from '../../../common/noteHistory';
import type { Template } from '../../../common/template';
import { fileStamp, writeFileAtomic } from '../atomicWrite';
import { withFileLock } from '../fileLock';
import type { Workspace } from '../workspace';
import { NOTE_EXTENSION, parseNoteText } from './noteFile';
import { noteSummaryOf } from './noteSummary';
import { readNewerNote } from './readOnly';
import { listTrash, splitTrashId, trashedFileOf, trashFileFor } from './trash';
import { clearanceOf, clearedAtItsRevision, withClearedRevisions, withoutClearedRevisions, type ClearanceEntry, type NoteStatus } from '../../../common/clearance';
import type { CommentThread } from '../../../common/comments';

/** A newer version's note is listed by its subject when that can be made out. */
function newerNoteTitle(file: string): string {
  try {
    return readNewerNote(file).subject?.trim() || 'Note from a newer version';
  } catch {
    return 'Note from a newer version';
  }
}

export interface NoteService {
  create(template: Template, defaults: NoteMetadata, language?: NoteLanguage): Note;
  open(id: string): Note;
  /**
   * Also counts the saved body's words per section of its template. Refused with
   * REVISION_CONFLICT unless the note is still at `baseRevision`, the revision the caller's
   * changes were made on: a save never overwrites a change it has not seen.
   */
  save(
    id: string,
    metadata: NoteMetadata,
    body: SerializedEditorState,
    baseRevision: number,
    /** The status and clearance list as edited with the rest; absent: kept as they are in the file. */
    review?: NoteReviewParts,
  ): { revision: number; updatedAt: string; sections: SectionStats[]; /** A clearance entry became cleared with this save: this version is the one it cleared. */ cleared: boolean };
  list(): NoteSummary[];
  /** Moves the note file to the trash folder; nothing is deleted outright. */
  remove(id: string): void;
  /** Trashed notes, most recently trashed first. */
  trashed(): TrashedNote[];
  /**
   * Puts a trashed note back among the notes, byte for byte (damaged or not), and returns the
   * id it has there: a new one when a note with its id is back already.
   */
  restoreFromTrash(trashId: string): { noteId: string };
  /**
   * A new note with a fresh id and the same template, titled "<title> (copy)": with the
   * note's metadata and body, or with `content` (a version kept as a copy instead of
   * overwriting the note), whose review parts, when given, replace the note's: the comments
   * that go with that body's marks, its status, clearance and language.
   */
  duplicate(id: string, content?: { metadata: NoteMetadata; body: SerializedEditorState; review?: NoteReviewParts }): Note;
  /** Sets the note's title, which is its Subject; refused like `save` unless the note is at `baseRevision`. */
  rename(id: string, title: string, baseRevision: number): { revision: number; updatedAt: string };
  /** Reads the note and writes `change(note)` as its next revision, with no other write in between. */
  update(id: string, change: (note: Note) => Partial<Note>): Note;
  /** Writes a whole note (a restored snapshot, a note restored from the trash). */
  put(note: Note): void;
  /**
   * For a note whose file cannot be read: moves the damaged file to backups/ (kept, never
   * deleted) and writes `note` in its place.
   */
  replaceDamaged(note: Note): void;
  /** Where a note's file lives; only ever built from a validated id. */
  fileOf(id: string): string;
}

/** The status, clearance list, comments and language as edited with the rest of a note; an absent one is kept as it is in the file. */
export interface NoteReviewParts {
  status?: NoteStatus;
  clearance?: ClearanceEntry[];
  comments?: CommentThread[];
  language?: NoteLanguage;
}

function reviewChanges(review: NoteReviewParts): Partial<Note> {
  return {
    ...(review.status !== undefined ? { status: review.status } : {}),
    // Which revision was cleared is the back end's to record (withClearedRevisions), never the window's.
    ...(review.clearance !== undefined ? { clearance: withoutClearedRevisions(review.clearance) } : {}),
    ...(review.comments !== undefined ? { comments: review.comments } : {}),
    ...(review.language !== undefined ? { language: review.language } : {}),
  };
}

/** The refusal of a change made on an older revision than the note file's. */
function staleRevisionError(current: number, base: number): AppError {
  return new AppError(
    'REVISION_CONFLICT',
    `This note was changed elsewhere (another window or the desktop app) after this window's version was made: it is at revision ${current}, and this change was made on revision ${base}. Nothing was overwritten.`,
  );
}

const BUSY = 'This note is being saved by another Brieflink window at this moment, and it did not finish; nothing was saved here. Try again.';

export function createNoteService(workspace: Workspace, now: () => Date = () => new Date()): NoteService {
  // Ids are validated by the contract; the path is still built here, never taken from a caller.
  const fileOf = (id: string) => path.join(workspace.notesDir, `${id}${NOTE_EXTENSION}`);

  function read(id: string): Note {
    const file = fileOf(id);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND', 'This note no longer exists.');
      throw new AppError('NOTE_UNREADABLE', `Could not read this note: the file could not be opened (${(error as NodeJS.ErrnoException).code}).`);
    }
    return parseNoteText(text, id);
  }

  function write(note: Note): void {
    writeFileAtomic(fileOf(note.id), JSON.stringify(withFormatVersion(note)));
  }

  /**
   * Every write of an existing note runs under the note's lock file, so another process on
   * the same workspace cannot write between the read (and revision check) and the write.
   */
  const locked = <T>(id: string, fn: () => T): T => withFileLock(fileOf(id), fn, BUSY);

  /** Reads the note, refuses if it moved past `baseRevision`, writes the change as the next revision. */
  function writeNextRevision(id: string, baseRevision: number | null, change: (note: Note) => Partial<Note>): Note {
    return locked(id, () => {
      const note = read(id);
      if (baseRevision !== null && note.revision !== baseRevision) throw staleRevisionError(note.revision, baseRevision);
      const updated: Note = nextRevision({ ...note, ...change(note) }, now());
      write(updated);
      return updated;
    });
  }

  return {
    create(template, defaults, language) {
      const id = crypto.randomUUID();
      const note = newNote(template, id, now(), defaults, language);
      write(note);
      return note;
    },
    open: read,
    save(id, metadata, body, baseRevision, review = {}) {
      const updated = writeNextRevision(id, baseRevision, (note) => ({
        metadata,
        body,
        ...reviewChanges(review),
        // The revision this save writes is the one a clearance recorded now has cleared.
        ...(review.clearance !== undefined ? { clearance: withClearedRevisions(clearanceOf(note), review.clearance, note.revision + 1) } : {}),
      }));
      return { revision: updated.revision, updatedAt: updated.updatedAt, sections: sectionStats(body, updated.template), cleared: clearedAtItsRevision(updated) };
    },
    list() {
      const summaries: NoteSummary[] = [];
      for (const name of fs.readdirSync(workspace.notesDir)) {
        if (!name.endsWith(NOTE_EXTENSION)) continue;
        const id = name.slice(0, -NOTE_EXTENSION.length);
        try {
          const note = read(id);
          summaries.push({ ...noteSummaryOf(note), id });
        } catch (error) {
          const stat = fs.statSync(fileOf(id));
          const newer = error instanceof AppError && error.code === 'NOTE_FROM_NEWER_VERSION';
          summaries.push({
            id,
            title: newer ? newerNoteTitle(fileOf(id)) : 'Unreadable note',
            ...(newer ? { readOnly: true } : {}),
            templateName: '',
            updatedAt: stat.mtime.toISOString(),
            createdAt: stat.birthtime.toISOString(),
            problem: messageOf(error),
          });
        }
      }
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    remove(id) {
      const file = fileOf(id);
      locked(id, () => {
        if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'This note no longer exists.');
        fs.renameSync(file, trashFileFor(workspace.trashDir, id, now()));
      });
    },
    trashed: () => listTrash(workspace.trashDir),
    restoreFromTrash(trashId) {
      const source = trashedFileOf(workspace.trashDir, trashId);
      if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', 'This note is no longer in the trash.');
      const { noteId } = splitTrashId(trashId);
      if (!fs.existsSync(fileOf(noteId))) {
        fs.renameSync(source, fileOf(noteId));
        return { noteId };
      }
      // The same note trashed twice, one copy back already: this copy comes back under a new id.
      const restored = noteSchema.parse({ ...parseNoteText(fs.readFileSync(source, 'utf8'), noteId), id: crypto.randomUUID() });
      locked(restored.id, () => write(restored));
      fs.rmSync(source);
      return { noteId: restored.id };
    },
    duplicate(id, content) {
      const source = { ...read(id), ...(content && { metadata: content.metadata, body: content.body, ...reviewChanges(content.review ?? {}) }) };
      const stamp = now().toISOString();
      const copy: Note = {
        ...source,
        id: crypto.randomUUID(),
        metadata: { ...source.metadata, subject: `${noteTitle(source)} (copy)`.slice(0, 2000) },
        revision: 0,
        createdAt: stamp,
        updatedAt: stamp,
        // The copy's History starts empty: it has no version that was cleared.
        ...(source.clearance ? { clearance: withoutClearedRevisions(source.clearance) } : {}),
      };
      write(copy);
      return copy;
    },
    rename(id, title, baseRevision) {
      const updated = writeNextRevision(id, baseRevision, (note) => ({ metadata: { ...note.metadata, subject: title.trim() } }));
      return { revision: updated.revision, updatedAt: updated.updatedAt };
    },
    update: (id, change) => writeNextRevision(id, null, change),
    put(note) {
      const checked = noteSchema.parse(note);
      locked(checked.id, () => write(checked));
    },
    replaceDamaged(note) {
      const checked = noteSchema.parse(note);
      locked(checked.id, () => {
        fs.renameSync(fileOf(checked.id), path.join(workspace.backupsDir, `${checked.id}.${fileStamp(now())}.damaged${NOTE_EXTENSION}`));
        write(checked);
      });
    },
    fileOf,
  };
}
