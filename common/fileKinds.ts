import { IMPORT_EXTENSIONS } from './libraryImport';
import { SHARED_NOTE_EXTENSION } from './noteShare';

/**
 * What Brieflink does with a file handed to it from the desktop (dropped on the window, or
 * double-clicked): a shared note is imported as a note; a document is imported into the library.
 */
export type OpenableKind = 'sharedNote' | 'libraryImport';

/** The kind of a file by its name, or null for a file Brieflink does not open. */
export function openableKindOf(fileName: string): OpenableKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(SHARED_NOTE_EXTENSION)) return 'sharedNote';
  return IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension)) ? 'libraryImport' : null;
}
