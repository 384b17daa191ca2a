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

/** Files sorted by what Brieflink does with each, in the order given; `refused` are the ones it does not open. */
export interface FilesByKind<T> {
  libraryImport: T[];
  sharedNote: T[];
  refused: T[];
}

export function sortFilesByKind<T extends { name: string }>(files: readonly T[]): FilesByKind<T> {
  const sorted: FilesByKind<T> = { libraryImport: [], sharedNote: [], refused: [] };
  for (const file of files) sorted[openableKindOf(file.name) ?? 'refused'].push(file);
  return sorted;
}

/** Why some files were not imported, naming them, and what Brieflink does import. */
export function refusedFilesMessage(names: readonly string[]): string {
  const listed = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  const which = names.length === 1 ? `${listed} was not imported: Brieflink does not open this kind of file` : `${listed} were not imported: Brieflink does not open these kinds of file`;
  return `${which}. It imports ${IMPORT_EXTENSIONS.join(', ')} files into the library, and shared notes (${SHARED_NOTE_EXTENSION}).`;
}
