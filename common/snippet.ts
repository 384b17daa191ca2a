import { z } from 'zod';
import { cutAtWord } from './cutAtWord';
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
  /** Just a citation: the short reference ("The Register, 2025"), cited like any snippet. */
  z.object({ kind: z.literal('citation') }),
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

/**
 * The node as it sits in a note body's JSON. `frozen` snippets ("Freeze links") keep their
 * citation but no longer follow the library: they are never flagged as out of date.
 */
export interface SerializedLinkedSnippet {
  type: typeof SNIPPET_NODE_TYPE;
  version: 1;
  snippet: SnippetData;
  frozen?: boolean;
  children: unknown[];
}

/** A development's short reference: its publisher (or the start of its title, cut at a word) and year. */
export function shortReference(source: { title: string; publisher: string; publishedDate: string | null }): string {
  const year = source.publishedDate?.slice(0, 4);
  return [source.publisher || cutAtWord(source.title, 30), year].filter(Boolean).join(', ');
}

/** The text of a development's part, as a snippet of it would hold. */
export function partText(
  development: { title: string; publisher: string; publishedDate: string | null; summary: string; keyPoints: { id: string; text: string }[]; fullText: string },
  origin: SnippetOrigin,
): string | null {
  switch (origin.kind) {
    case 'citation':
      return shortReference(development);
    case 'summary':
      return development.summary;
    case 'key-point':
      return development.keyPoints.find((point) => point.id === origin.keyPointId)?.text ?? null;
    case 'passage':
      return origin.end <= development.fullText.length ? development.fullText.slice(origin.start, origin.end) : null;
  }
}

/** What a snippet is made from: a development, or the part of one a titles search carries. */
export interface SnippetSourceFields {
  id: string;
  title: string;
  publisher: string;
  publishedDate: string | null;
  url: string | null;
  revision: number;
  summary: string;
  keyPoints: { id: string; text: string }[];
  fullText: string;
}

/** A new snippet of a development's part, as inserted now. */
export function makeSnippet(development: SnippetSourceFields, origin: SnippetOrigin, id: string): SnippetData | null {
  const text = partText(development, origin);
  if (text === null || text.trim() === '') return null;
  return {
    formatVersion: SNIPPET_FORMAT_VERSION,
    id,
    source: {
      developmentId: development.id,
      title: development.title,
      publisher: development.publisher,
      publishedDate: development.publishedDate,
      url: development.url,
    },
    origin,
    sourceRevision: development.revision,
    insertedText: text,
  };
}
