import { z } from 'zod';
import { bundleEntrySchema } from './bundle';
import { CITATION_STYLES, DEFAULT_CITATION_STYLE, type CitationStyle } from './citations';
import { clearanceListSchema, DEFAULT_NOTE_STATUS, hasReviewRecord, noteStatusSchema } from './clearance';
import { commentThreadsSchema } from './comments';
import { noteBodySchema } from './editorState';
import { DEFAULT_NOTE_LANGUAGE } from './noteLanguage';
import { noteLanguageSchema, recordsLanguage } from './noteLanguageFormat';
import { hasBlockSuggestions, hasBlockTypeSuggestions, hasFormatSuggestions, hasSuggestions } from './suggestions';
import { initialBody } from './noteStructure';
import { templateSchema, type Template } from './template';

export const NOTE_FORMAT = 'brieflink-note';
/**
 * The highest note format this version reads and writes. Bump when the note file changes
 * shape; older apps refuse newer notes instead of damaging them.
 * 2: `sharedSources` (sources kept from a shared note that differ from this library).
 * 3: `status` and `clearance` (the review chain: see common/clearance.ts).
 * 4: `comments` (threads on the text, anchored by mark nodes in the body: see common/comments.ts), a
 *    `language` other than Canadian English, or passages marked with a language (common/noteLanguageFormat.ts).
 * 5: suggested changes in the body (suggestion nodes: see common/suggestions.ts).
 * 6: a suggested formatting change in the body (a suggestion node of kind 'format').
 * 7: a suggested paragraph break in the body (a block's `suggestedBreak` state).
 * 8: a suggested change of a block's type (a block's `suggestedBlockType` state).
 * A clearance entry's `clearedRevision` needs no new format: a version that does not know it
 * drops it on save, which only loses "Changes since you cleared" for that entry.
 */
export const NOTE_FORMAT_VERSION = 8;
/** Format versions this version reads. */
const NOTE_FORMAT_VERSIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export const noteIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a note id');

export const noteMetadataSchema = z.record(z.string().regex(/^[a-z][a-z-]{0,31}$/), z.string().max(2000));
export type NoteMetadata = z.infer<typeof noteMetadataSchema>;

/** Per-note settings. Optional in the file (notes written before it exist), so the format version stays 1. */
export const noteSettingsSchema = z.object({
  citationStyle: z.enum(CITATION_STYLES).default(DEFAULT_CITATION_STYLE),
});
export type NoteSettings = z.infer<typeof noteSettingsSchema>;

/**
 * One self-contained note file. It carries a copy of its template so it opens and exports
 * even where that template is missing.
 */
export const noteSchema = z.object({
  format: z.literal(NOTE_FORMAT),
  formatVersion: z.union([z.literal(NOTE_FORMAT_VERSIONS[0]), z.literal(NOTE_FORMAT_VERSIONS[1]), z.literal(NOTE_FORMAT_VERSIONS[2]), z.literal(NOTE_FORMAT_VERSIONS[3]), z.literal(NOTE_FORMAT_VERSIONS[4]), z.literal(NOTE_FORMAT_VERSIONS[5]), z.literal(NOTE_FORMAT_VERSIONS[6]), z.literal(NOTE_FORMAT_VERSIONS[7])]),
  id: noteIdSchema,
  template: templateSchema,
  metadata: noteMetadataSchema,
  body: noteBodySchema,
  revision: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  settings: noteSettingsSchema.optional(),
  /**
   * Format 2: the sources of a note imported from a colleague that differ from this
   * library's entry with the same id (a collision), as the colleague had them. The snippets'
   * text came from these; the library entry is never overwritten by them.
   */
  sharedSources: z.array(bundleEntrySchema).max(500).optional(),
  /** Format 3: where the note is in the review chain; absent means Draft. */
  status: noteStatusSchema.optional(),
  /** Format 3: who cleared the note, in the order recorded; absent means none yet. */
  clearance: clearanceListSchema.optional(),
  /** Format 4: comment threads on the text; the body's mark nodes carry their ids. */
  comments: commentThreadsSchema.optional(),
  /** Format 4: the language the note is written in (read it with noteLanguage()); absent means Canadian English. */
  language: noteLanguageSchema.optional(),
});
export type Note = z.infer<typeof noteSchema>;
export type NoteLanguage = z.infer<typeof noteLanguageSchema>;

/**
 * The format version a note is written with: the lowest that holds what it carries (4 with
 * comments, 3 with
 * a status past Draft or clearance entries, 2 with shared sources, else 1), so every other
 * note stays readable (and editable) by versions that know only format 1, and a version
 * that would drop what it does not know opens such a note read-only instead.
 */
export function withFormatVersion(note: Note): Note {
  const formatVersion = hasBlockTypeSuggestions(note.body.root.children) ? 8 : hasBlockSuggestions(note.body.root.children) ? 7 : hasFormatSuggestions(note.body.root.children) ? 6 : hasSuggestions(note.body.root.children) ? 5 : note.comments?.length || recordsLanguage(note) ? 4 : hasReviewRecord(note) ? 3 : note.sharedSources?.length ? 2 : 1;
  // Defaults are left out, so a note that records nothing new is written as before.
  const { sharedSources, status, clearance, comments, language, ...rest } = note;
  return {
    ...rest,
    formatVersion,
    ...(sharedSources?.length ? { sharedSources } : {}),
    ...(status && status !== DEFAULT_NOTE_STATUS ? { status } : {}),
    ...(clearance?.length ? { clearance } : {}),
    ...(comments?.length ? { comments } : {}),
    ...(language && language !== DEFAULT_NOTE_LANGUAGE ? { language } : {}),
  };
}

/**
 * The note as its next revision, changed at `now`. Every change to a saved note counts up
 * from the revision it was made on: a save made on an older one is refused as a conflict.
 */
export function nextRevision<T extends Pick<Note, 'revision' | 'updatedAt'>>(note: T, now: Date): T {
  return { ...note, revision: note.revision + 1, updatedAt: now.toISOString() };
}

/** Just enough of a note file to tell what wrote it, read before the full schema. */
export const noteHeaderSchema = z.looseObject({
  format: z.literal(NOTE_FORMAT),
  formatVersion: z.number().int().positive(),
});

export const noteSummarySchema = z.object({
  id: noteIdSchema,
  title: z.string(),
  templateName: z.string(),
  /** The revision listed, which a rename from the list is made on; absent for a note that cannot be read. */
  revision: z.number().int().nonnegative().optional(),
  updatedAt: z.string(),
  createdAt: z.string(),
  /** Set when the file could not be read; the note is listed so the user knows it exists. */
  problem: z.string().optional(),
  /** Written by a newer version of Brieflink: it opens read-only. */
  readOnly: z.boolean().optional(),
  /** Where the note is in the review chain; absent for a note that cannot be read. */
  status: noteStatusSchema.optional(),
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export function citationStyleOf(note: Pick<Note, 'settings'>): CitationStyle {
  return note.settings?.citationStyle ?? DEFAULT_CITATION_STYLE;
}

export const UNTITLED = 'Untitled note';

export function noteTitle(note: Pick<Note, 'metadata'>): string {
  return note.metadata.subject?.trim() || UNTITLED;
}

export function newNote(template: Template, id: string, now: Date, defaults: NoteMetadata, language: NoteLanguage = DEFAULT_NOTE_LANGUAGE): Note {
  const metadata: NoteMetadata = {};
  for (const field of template.fields) {
    metadata[field.id] = defaults[field.id] ?? '';
  }
  if (!metadata.classification) metadata.classification = template.defaultClassification;
  const stamp = now.toISOString();
  return {
    format: NOTE_FORMAT,
    // Format 1 until it records more (see withFormatVersion: a language other than Canadian English writes format 4).
    formatVersion: 1,
    id,
    template,
    metadata,
    body: initialBody(template),
    revision: 0,
    createdAt: stamp,
    updatedAt: stamp,
    // As the file holds it (withFormatVersion): the default is left out.
    ...(language !== DEFAULT_NOTE_LANGUAGE ? { language } : {}),
  };
}
