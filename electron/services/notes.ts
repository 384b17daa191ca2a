import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  NOTE_FORMAT_VERSION,
  newNote,
  noteHeaderSchema,
  noteSchema,
  noteTitle,
  type Note,
  type NoteMetadata,
  type NoteSummary,
  withFormatVersion,
} from '../../common/note';
import type { SerializedEditorState } from '../../common/editorState';
import { sectionStats, type SectionStats } from '../../common/noteStructure';
import { AppError } from '../../common/result';
import type { Template } from '../../common/template';
import { fileStamp, writeFileAtomic } from './atomicWrite';
import type { Workspace } from './workspace';
import { readNewerNote } from './notes/readOnly';

/** A newer version's note is listed by its subject when that can be made out. */
function newerNoteTitle(file: string): string {
  try {
    return readNewerNote(file).subject?.trim() || 'Note from a newer version';
  } catch {
    return 'Note from a newer version';
  }
}

export const NOTE_EXTENSION = '.note.json';

export interface NoteService {
  create(template: Template, defaults: NoteMetadata): Note;
  open(id: string): Note;
  /** Also counts the saved body's words per section of its template. */
  save(id: string, metadata: NoteMetadata, body: SerializedEditorState): { revision: number; updatedAt: string; sections: SectionStats[] };
  list(): NoteSummary[];
  /** Moves the note file to the trash folder; nothing is deleted outright. */
  remove(id: string): void;
  /** A new note with a fresh id, the same template, metadata and body, titled "<title> (copy)". */
  duplicate(id: string): Note;
  /** Sets the note's title, which is its Subject. */
  rename(id: string, title: string): { revision: number; updatedAt: string };
  /** Writes a whole note (a restored snapshot, a note restored from the trash). */
  put(note: Note): void;
  /** Where a note's file lives; only ever built from a validated id. */
  fileOf(id: string): string;
}

/**
 * Parses a note file's text; every failure is an AppError whose message says what is wrong.
 * `expectedId` guards against a file copied under another note's name.
 */
export function parseNoteText(text: string, expectedId?: string): Note {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('NOTE_UNREADABLE', 'Could not read this note: the file is damaged (it is not valid JSON). The file has been left as it is.');
  }
  const header = noteHeaderSchema.safeParse(raw);
  if (!header.success) {
    throw new AppError('NOTE_UNREADABLE', 'Could not read this note: the file is not a Brieflink note. The file has been left as it is.');
  }
  if (header.data.formatVersion > NOTE_FORMAT_VERSION) {
    throw new AppError(
      'NOTE_FROM_NEWER_VERSION',
      `This note was written by a newer version of Brieflink (note format ${header.data.formatVersion}; this version reads up to ${NOTE_FORMAT_VERSION}). Update Brieflink to open it; the file has been left as it is.`,
    );
  }
  const parsed = noteSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'NOTE_UNREADABLE',
      `Could not read this note: the file is damaged (${z.prettifyError(parsed.error).split('\n').slice(0, 2).join(' ')}). The file has been left as it is.`,
    );
  }
  if (expectedId !== undefined && parsed.data.id !== expectedId) {
    throw new AppError('NOTE_UNREADABLE', 'Could not read this note: its file name and contents disagree.');
  }
  return parsed.data;
}

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

  return {
    create(template, defaults) {
      const id = crypto.randomUUID();
      const note = newNote(template, id, now(), defaults);
      write(note);
      return note;
    },
    open: read,
    save(id, metadata, body) {
      const note = read(id);
      const updated: Note = { ...note, metadata, body, revision: note.revision + 1, updatedAt: now().toISOString() };
      write(updated);
      return { revision: updated.revision, updatedAt: updated.updatedAt, sections: sectionStats(body, note.template) };
    },
    list() {
      const summaries: NoteSummary[] = [];
      for (const name of fs.readdirSync(workspace.notesDir)) {
        if (!name.endsWith(NOTE_EXTENSION)) continue;
        const id = name.slice(0, -NOTE_EXTENSION.length);
        try {
          const note = read(id);
          summaries.push({
            id,
            title: noteTitle(note),
            templateName: note.template.name,
            updatedAt: note.updatedAt,
            createdAt: note.createdAt,
          });
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
            problem: (error as Error).message,
          });
        }
      }
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    remove(id) {
      const file = fileOf(id);
      if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'This note no longer exists.');
      fs.renameSync(file, path.join(workspace.trashDir, `${id}.${fileStamp(now())}${NOTE_EXTENSION}`));
    },
    duplicate(id) {
      const source = read(id);
      const stamp = now().toISOString();
      const copy: Note = {
        ...source,
        id: crypto.randomUUID(),
        metadata: { ...source.metadata, subject: `${noteTitle(source)} (copy)`.slice(0, 2000) },
        revision: 0,
        createdAt: stamp,
        updatedAt: stamp,
      };
      write(copy);
      return copy;
    },
    rename(id, title) {
      const note = read(id);
      const updated: Note = {
        ...note,
        metadata: { ...note.metadata, subject: title.trim() },
        revision: note.revision + 1,
        updatedAt: now().toISOString(),
      };
      write(updated);
      return { revision: updated.revision, updatedAt: updated.updatedAt };
    },
    put(note) {
      write(noteSchema.parse(note));
    },
    fileOf,
  };
}
