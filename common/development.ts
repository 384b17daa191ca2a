import { z } from 'zod';

export const DEVELOPMENT_STATUSES = ['proposed', 'under review', 'announced', 'in force', 'withdrawn'] as const;

export const developmentIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a development id');

export const keyPointSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  text: z.string().min(1),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

export const developmentSchema = z.object({
  id: developmentIdSchema,
  title: z.string().min(1).max(500),
  publisher: z.string().max(200),
  url: z.string().max(2000).nullable(),
  publishedDate: isoDate.nullable(),
  jurisdictions: z.array(z.string().min(1)),
  topics: z.array(z.string().min(1)),
  status: z.enum(DEVELOPMENT_STATUSES),
  summary: z.string(),
  keyPoints: z.array(keyPointSchema),
  fullText: z.string(),
  revision: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Development = z.infer<typeof developmentSchema>;

/** A piece of a search snippet; `hit` marks the words that matched the query. */
export const snippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  id: developmentIdSchema,
  title: z.string(),
  publisher: z.string(),
  publishedDate: z.string().nullable(),
  status: z.enum(DEVELOPMENT_STATUSES),
  snippet: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
