import { z } from 'zod';
import { CITATION_STYLES, DEFAULT_CITATION_STYLE, type CitationStyle } from './citations';
import { editorStateSchema } from './editorState';
import { initialBody } from './noteStructure';
import { templateSchema, type Template } from './template';

export const NOTE_FORMAT = 'brieflink-note';
/** Bump when the note file changes shape; older apps refuse newer notes instead of damaging them. */
export const NOTE_FORMAT_VERSION = 1;

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
  formatVersion: z.literal(NOTE_FORMAT_VERSION),
  id: noteIdSchema,
  template: templateSchema,
  metadata: noteMetadataSchema,
  body: editorStateSchema,
  revision: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  settings: noteSettingsSchema.optional(),
});
export type Note = z.infer<typeof noteSchema>;

/** Just enough of a note file to tell what wrote it, read before the full schema. */
export const noteHeaderSchema = z.looseObject({
  format: z.literal(NOTE_FORMAT),
  formatVersion: z.number().int().positive(),
});

export const noteSummarySchema = z.object({
  id: noteIdSchema,
  title: z.string(),
  templateName: z.string(),
  updatedAt: z.string(),
  createdAt: z.string(),
  /** Set when the file could not be read; the note is listed so the user knows it exists. */
  problem: z.string().optional(),
  /** Written by a newer version of Brieflink: it opens read-only. */
  readOnly: z.boolean().optional(),
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export function citationStyleOf(note: Pick<Note, 'settings'>): CitationStyle {
  return note.settings?.citationStyle ?? DEFAULT_CITATION_STYLE;
}

export const UNTITLED = 'Untitled note';

export function noteTitle(note: Pick<Note, 'metadata'>): string {
  return note.metadata.subject?.trim() || UNTITLED;
}

export function newNote(template: Template, id: string, now: Date, defaults: NoteMetadata): Note {
  const metadata: NoteMetadata = {};
  for (const field of template.fields) {
    metadata[field.id] = defaults[field.id] ?? '';
  }
  if (!metadata.classification) metadata.classification = template.defaultClassification;
  const stamp = now.toISOString();
  return {
    format: NOTE_FORMAT,
    formatVersion: NOTE_FORMAT_VERSION,
    id,
    template,
    metadata,
    body: initialBody(template),
    revision: 0,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
