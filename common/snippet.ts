import { z } from 'zod';
import { developmentIdSchema } from './development';

/**
 * A linked snippet: library text in a note that remembers where it came from. It is an
 * inline element in the note body whose children are the author's (editable) text, and
 * whose `snippet` field carries enough of the source to cite it without the library.
 */
export const SNIPPET_NODE_TYPE = 'linked-snippet';
/** Bump when the snippet data changes shape; an older app shows a newer snippet as plain text. */
export const SNIPPET_FORMAT_VERSION = 1;

export const snippetSourceSchema = z.object({
  developmentId: developmentIdSchema,
  title: z.string().max(500),
  publisher: z.string().max(200),
  publishedDate: z.string().max(10).nullable(),
  url: z.string().max(2000).nullable(),
});
export type SnippetSource = z.infer<typeof snippetSourceSchema>;

/** Which part of the development the text came from. */
export const snippetOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('summary') }),
  z.object({ kind: z.literal('key-point'), keyPointId: z.string().max(64) }),
  z.object({ kind: z.literal('passage'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
]);
export type SnippetOrigin = z.infer<typeof snippetOriginSchema>;

export const snippetDataSchema = z.object({
  formatVersion: z.literal(SNIPPET_FORMAT_VERSION),
  /** Identifies this insertion (a note may cite the same part twice). */
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  source: snippetSourceSchema,
  origin: snippetOriginSchema,
  /** The development's revision when the text was inserted or last reviewed. */
  sourceRevision: z.number().int().positive(),
  /** The text as inserted (or as taken at the last review): what "edited" is measured against. */
  insertedText: z.string().max(200_000),
});
export type SnippetData = z.infer<typeof snippetDataSchema>;
