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
} from '../../common/note';
import type { SerializedEditorState } from '../../common/editorState';
import { AppError } from '../../common/result';
import type { Template } from '../../common/template';
import { fileStamp, writeFileAtomic } from './atomicWrite';
import type { Workspace } from './workspace';

const NOTE_EXTENSION = '.note.json';

export interface NoteService {
  create(template: Template, defaults: NoteMetadata): Note;
  open(id: string): Note;
  save(id: string, metadata: NoteMetadata, body: SerializedEditorState): { revision: number; updatedAt: string };
  list(): NoteSummary[];
  /** Moves the note file to the trash folder; nothing is deleted outright. */
  remove(id: string): void;
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
    if (parsed.data.id !== id) throw new AppError('NOTE_UNREADABLE', 'Could not read this note: its file name and contents disagree.');
    return parsed.data;
  }

  function write(note: Note): void {
    writeFileAtomic(fileOf(note.id), JSON.stringify(note));
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
      return { revision: updated.revision, updatedAt: updated.updatedAt };
    },
    list() {
      const summaries: NoteSummary[] = [];
      for (const name of fs.readdirSync(workspace.notesDir)) {
        if (!name.endsWith(NOTE_EXTENSION)) continue;
        const id = name.slice(0, -NOTE_EXTENSION.length);
        try {
          const note = read(id);
          summaries.push({ id, title: noteTitle(note), templateName: note.template.name, updatedAt: note.updatedAt });
        } catch (error) {
          const stat = fs.statSync(fileOf(id));
          summaries.push({
            id,
            title: 'Unreadable note',
            templateName: '',
            updatedAt: stat.mtime.toISOString(),
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
  };
}
