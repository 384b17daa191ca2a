import type { NoteService } from '../notes';
import { openCitationIndex, type CitationIndex } from './noteCitations';

/**
 * Opens the backlinks index and brings it up to date with the note files (an empty index
 * is filled; notes changed or removed while the app was closed, or by another copy, are
 * caught up). Returns why when it cannot: backlinks are then unavailable, notes are not.
 */
export function startCitationIndex(
  libraryFile: string,
  notes: NoteService,
  options: { nativeBinding?: string; log: (message: string) => void },
): CitationIndex | Error {
  let index: CitationIndex | undefined;
  try {
    index = openCitationIndex(libraryFile, options);
    const readable = notes.list().filter((summary) => !summary.problem);
    const { indexed, removed } = index.sync(readable, (id) => {
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
    const problem = error instanceof Error ? error : new Error(String(error));
    options.log(`Backlinks unavailable: ${problem.message}`);
    return problem;
  }
}
