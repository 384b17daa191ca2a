import fs from 'node:fs';
import path from 'node:path';
import type { NoteService } from '../notes/noteService';
import { NOTE_EXTENSION } from '../notes/noteFile';
import { openCitationIndex, type CitationIndex } from './noteCitations';
import { asError } from '../../../common/asError';

/**
 * Opens the backlinks index and brings it up to date with the note files (an empty index
 * is filled; notes changed or removed while the app was closed, or by another copy, are
 * caught up). Returns why when it cannot: backlinks are then unavailable, notes are not.
 */
export function startCitationIndex(
  libraryFile: string,
  notesDir: string,
  notes: NoteService,
  options: { nativeBinding?: string; log: (message: string) => void },
): CitationIndex | Error {
  let index: CitationIndex | undefined;
  try {
    index = openCitationIndex(libraryFile, options);
    const { indexed, removed } = index.sync(noteFileStamps(notesDir), (id) => {
      try {
        return notes.open(id);
      } catch {
        return null;
      }
    });
    if (indexed + removed > 0) options.log(`Backlinks index: ${indexed} note(s) indexed, ${removed} removed.`);
    return index;
  } catch (error) {
    index?.close();
    const problem = asError(error);
    options.log(`Backlinks unavailable: ${problem.message}`);
    return problem;
  }
}

/** A note file's version as the index records it: modification time and size, read without opening the file. */
export function noteFileStamp(file: string): string {
  const stat = fs.statSync(file);
  return `${stat.mtimeMs}:${stat.size}`;
}

/** Every note file in the notes folder with its stamp (a file that vanishes meanwhile is skipped). */
function noteFileStamps(notesDir: string): { id: string; fileStamp: string }[] {
  return fs.readdirSync(notesDir).flatMap((name) => {
    if (!name.endsWith(NOTE_EXTENSION)) return [];
    try {
      return [{ id: name.slice(0, -NOTE_EXTENSION.length), fileStamp: noteFileStamp(path.join(notesDir, name)) }];
    } catch {
      return [];
    }
  });
}
