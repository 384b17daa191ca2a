import { z } from 'zod';
import { importProposalSchema } from './libraryImport';
import { sharedNoteImportResultSchema } from './noteShare';

const fileName = z.string().min(1).max(255);

/**
 * A file the desktop handed to Brieflink (double-clicked, or given to a second launch), already
 * imported by the back end: the window shows the outcome. The window parses each message with
 * this schema before acting on it.
 */
export const openedFileSchema = z.discriminatedUnion('kind', [
  /** The note was added; the window opens it and shows the sources that differ, as "Import a shared note" does. */
  z.object({ kind: z.literal('sharedNote'), fileName, imported: sharedNoteImportResultSchema }),
  /** The document was read; nothing is saved until the user reviews the proposal, as in the library's import. */
  z.object({ kind: z.literal('libraryImport'), fileName, proposal: importProposalSchema }),
  /** Why the file could not be imported, in words for the user. */
  z.object({ kind: z.literal('failed'), fileName, message: z.string().max(2000) }),
]);
export type OpenedFile = z.infer<typeof openedFileSchema>;
