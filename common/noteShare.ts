import { z } from 'zod';
import { bundleEntrySchema, type BundleEntry } from './bundle';
import { developmentSchema } from './development';
import { noteSchema, noteSummarySchema } from './note';

/**
 * A shared note: one note as saved, with the library developments it cites (each with its
 * revision history as content hashes, as library bundles carry), in one JSON file for a
 * colleague to import.
 */
export const SHARED_NOTE_FORMAT = 'brieflink-shared-note';
/** Raised when the file's shape changes; a file with a higher version is refused, not guessed at. */
export const SHARED_NOTE_VERSION = 1;
export const SHARED_NOTE_EXTENSION = '.brieflink-note.json';
/** How many cited developments one shared note may carry. */
export const MAX_SHARED_SOURCES = 500;

/** Read first, so a newer version is recognised before the rest of the file is judged. */
export const sharedNoteHeaderSchema = z.object({ format: z.literal(SHARED_NOTE_FORMAT), version: z.number().int().positive() });

export const sharedNoteSchema = sharedNoteHeaderSchema.extend({
  exportedAt: z.string().max(40),
  note: noteSchema,
  sources: z.array(bundleEntrySchema).max(MAX_SHARED_SOURCES),
});
export type SharedNote = z.infer<typeof sharedNoteSchema>;

/**
 * How a source the shared note cites compares with this library's entry of the same id:
 * - 'missing': no entry with that id here;
 * - 'same': same content;
 * - 'newer': the local entry is a later revision of the same history (nothing to do);
 * - 'older': the shared source is a later revision of the local entry's history;
 * - 'collision': different content that is not one history: never merged, both are kept.
 */
export const SOURCE_MATCHES = ['missing', 'same', 'newer', 'older', 'collision'] as const;
export type SourceMatch = (typeof SOURCE_MATCHES)[number];

/** One side of the comparison: the current revision and its content hash, and the hashes of the revisions it passed through. */
export interface SourceState {
  revision: number;
  contentHash: string;
  history: readonly { revision: number; contentHash: string }[];
}

const passedThrough = (side: SourceState, other: SourceState) =>
  side.history.some((step) => step.revision === other.revision && step.contentHash === other.contentHash);

/** Compares a shared source with the local entry of the same id (null when there is none). */
export function classifySource(shared: SourceState, local: SourceState | null): SourceMatch {
  if (!local) return 'missing';
  if (shared.contentHash === local.contentHash) return 'same';
  if (local.revision > shared.revision && passedThrough(local, shared)) return 'newer';
  if (shared.revision > local.revision && passedThrough(shared, local)) return 'older';
  return 'collision';
}

export const sharedSourceReportSchema = z.object({
  developmentId: z.string(),
  title: z.string(),
  match: z.enum(SOURCE_MATCHES),
  /** The local entry's title and revision, when there is one. */
  local: z.object({ title: z.string(), revision: z.number().int() }).nullable(),
  /** The shared entry, for "Add to my library" ('missing') or a fast-forward ('older'); absent otherwise. */
  entry: bundleEntrySchema.optional(),
});
export type SharedSourceReport = z.infer<typeof sharedSourceReportSchema>;

export const sharedNoteImportResultSchema = z.object({
  note: noteSummarySchema,
  /** True when the shared note's id was already used here, so it was given a new one. */
  renamed: z.boolean(),
  /** When it is a copy of a note here and was merged into it: what the merge added. The note then keeps its id. */
  merged: z.string().optional(),
  /** When it is a copy of a note here that could not be merged (its text differs): why it was added as a new note. */
  notMerged: z.string().optional(),
  sources: z.array(sharedSourceReportSchema),
});
export type SharedNoteImportResult = z.infer<typeof sharedNoteImportResultSchema>;

/** What to do about a source that differs from the library entry with the same id. */
export const SHARED_SOURCE_RESOLUTIONS = ['keep library entry', 'keep both'] as const;
export type SharedSourceResolution = (typeof SHARED_SOURCE_RESOLUTIONS)[number];

export const resolveSharedSourceArgsSchema = z
  .object({
    noteId: noteSchema.shape.id,
    developmentId: developmentSchema.shape.id,
    resolution: z.enum(SHARED_SOURCE_RESOLUTIONS),
  })
  .strict();

/** The note's own version of a source (kept in the note file), by development id. */
export function sharedSourceOf(sources: readonly BundleEntry[] | undefined, developmentId: string): BundleEntry | null {
  return sources?.find((entry) => entry.development.id === developmentId) ?? null;
}
