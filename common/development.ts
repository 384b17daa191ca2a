import { z } from 'zod';
import { isWebAddress, withoutCredentials } from './urls';

/** Where a development stands, roughly in the order a measure moves through them; "under review" covers investigations and reviews. */
export const DEVELOPMENT_STATUSES = ['proposed', 'consultation', 'announced', 'adopted', 'in force', 'under review', 'withdrawn'] as const;
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];

/** Who wrote a summary or key points: proposed by Brieflink's extraction, or reviewed by a person. */
export const PROVENANCES = ['machine', 'human'] as const;
export const provenanceSchema = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof provenanceSchema>;

export const developmentIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a development id');

export const keyPointSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  text: z.string().min(1),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

export const keyDateSchema = z.object({
  date: isoDateSchema,
  label: z.string().min(1).max(300),
});
export type KeyDate = z.infer<typeof keyDateSchema>;

/** The most text a library entry keeps (its full text, as searched and shown). */
export const MAX_FULL_TEXT_CHARS = 5_000_000;

const shortList = z.array(z.string().trim().min(1).max(200)).max(100);

/** A development's link: a web address or none (null or empty); a user name or password written into it is dropped. */
const developmentUrlSchema = z
  .string()
  .max(2000)
  .nullable()
  .refine((url) => url === null || url.trim() === '' || isWebAddress(url), {
    message: "a development's link must be a web address starting with http:// or https://",
  })
  .transform((url) => (url === null ? null : withoutCredentials(url.trim())));

/** Everything a person (or an import) sets on a development; the library adds id, revision and times. */
export const developmentFieldsSchema = z.object({
  title: z.string().trim().min(1, 'A development needs a title').max(500),
  publisher: z.string().max(200),
  author: z.string().max(200),
  url: developmentUrlSchema,
  publishedDate: isoDateSchema.nullable(),
  retrievedDate: isoDateSchema.nullable(),
  /** The jurisdictions that act (whose government, legislature, regulator or court did it): what filters and prints. */
  jurisdictions: shortList,
  /** Jurisdictions the source names without them acting; stored and searchable, never printed. */
  mentionedJurisdictions: shortList.optional(),
  topics: shortList,
  status: z.enum(DEVELOPMENT_STATUSES),
  summary: z.string().max(20_000),
  keyPoints: z.array(keyPointSchema).max(100),
  keyDates: z.array(keyDateSchema).max(100),
  actors: shortList,
  fullText: z.string().max(MAX_FULL_TEXT_CHARS),
  summaryProvenance: provenanceSchema,
  keyPointsProvenance: provenanceSchema,
  notes: z.string().max(50_000),
});
export type DevelopmentFields = z.infer<typeof developmentFieldsSchema>;

export const developmentSchema = developmentFieldsSchema.extend({
  id: developmentIdSchema,
  revision: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Development = z.infer<typeof developmentSchema>;

/** An earlier state of a development, kept when it was edited. */
export const developmentRevisionSchema = z.object({
  revision: z.number().int().positive(),
  savedAt: z.string(),
  development: developmentSchema,
});
export type DevelopmentRevision = z.infer<typeof developmentRevisionSchema>;

/** A development needs review while Brieflink's proposal for its summary or key points is unconfirmed. */
export function needsReview(fields: Pick<DevelopmentFields, 'summaryProvenance' | 'keyPointsProvenance'>): boolean {
  return fields.summaryProvenance === 'machine' || fields.keyPointsProvenance === 'machine';
}

export const SEARCH_SORTS = ['relevance', 'date'] as const;
/**
 * What a search reads: everything (title, summary, key points, full text); 'summaries': title,
 * summary and key points (the editor's [[ typeahead); or titles only.
 */
export const SEARCH_SCOPES = ['everything', 'titles', 'summaries'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

export const searchFiltersSchema = z
  .object({
    jurisdiction: z.string().max(200).optional(),
    topic: z.string().max(200).optional(),
    status: z.enum(DEVELOPMENT_STATUSES).optional(),
    publishedFrom: isoDateSchema.optional(),
    publishedTo: isoDateSchema.optional(),
    needsReview: z.boolean().optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

/** A piece of a search snippet; `hit` marks the words that matched the query. */
export const snippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  id: developmentIdSchema,
  title: z.string(),
  publisher: z.string(),
  publishedDate: z.string().nullable(),
  status: z.enum(DEVELOPMENT_STATUSES),
  needsReview: z.boolean(),
  snippet: z.array(snippetPartSchema),
  /**
   * In a titles or summaries search only (the editor's [[ typeahead): what inserting the summary as a
   * linked snippet needs, so Enter inserts without another trip to the back end.
   */
  summarySource: z.object({ summary: z.string(), url: z.string().nullable(), revision: z.number().int() }).optional(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** The default topic taxonomy; users add their own. */
export const DEFAULT_TOPICS = [
  'export controls',
  'AI governance',
  'content moderation',
  'semiconductors',
  'robotics',
  'trade',
  'data protection',
  'online safety',
  'cloud computing',
  'digital economy',
  'competition',
  'cybersecurity',
  'telecommunications',
  'research funding',
  'digital sovereignty',
] as const;

export const topicNameSchema = z.string().trim().min(1, 'A topic needs a name').max(80);
