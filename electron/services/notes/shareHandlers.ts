import type { FileOutcome, Handlers } from '../../../common/contract';
import { noteTitle } from '../../../common/note';
import { SHARED_NOTE_EXTENSION } from '../../../common/noteShare';
import type { DeliverableFile } from '../deliverFile';
import { base64Size, checkImportSize } from '../import/readDocument';
import type { LibraryService } from '../library/library';
import type { NoteService } from '../notes';
import { exportSharedNote, importSharedNote, parseSharedNote, resolveSharedSource } from './shareNote';

type ShareMethod = 'notes.share' | 'notes.importShared' | 'notes.resolveSharedSource';

export interface ShareHandlerDeps {
  notes: NoteService;
  /** The library; throws LIBRARY_UNAVAILABLE when it could not be opened. */
  library: () => LibraryService;
  deliverFile(file: DeliverableFile): Promise<FileOutcome>;
  now?: () => Date;
}

/** A file name from the note's title: letters, digits and dashes only. */
function fileNameFor(title: string): string {
  const slug = title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase();
  return `${slug || 'note'}${SHARED_NOTE_EXTENSION}`;
}

/** Sharing a note with its sources, importing a colleague's, and settling sources that collide. */
export function createShareHandlers(deps: ShareHandlerDeps): Pick<Handlers, ShareMethod> {
  const now = deps.now ?? (() => new Date());
  return {
    'notes.share': async ({ noteId }) => {
      const note = deps.notes.open(noteId);
      const shared = exportSharedNote(note, deps.library(), now());
      const bytes = new TextEncoder().encode(JSON.stringify(shared, null, 1));
      const outcome = await deps.deliverFile({
        fileName: fileNameFor(noteTitle(note)),
        bytes,
        mimeType: 'application/json',
        typeName: 'Brieflink shared note',
        extensions: ['json'],
      });
      return { sources: shared.sources.length, outcome };
    },
    'notes.importShared': async ({ fileName, dataBase64 }) => {
      checkImportSize(fileName, base64Size(dataBase64));
      const shared = parseSharedNote(fileName, Buffer.from(dataBase64, 'base64').toString('utf8'));
      return importSharedNote(deps.notes, deps.library(), shared, now());
    },
    'notes.resolveSharedSource': async ({ noteId, developmentId, resolution }) =>
      resolveSharedSource(deps.notes, deps.library(), noteId, developmentId, resolution, now()),
  };
}
