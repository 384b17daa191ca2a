import { z } from 'zod';
import { developmentFieldsSchema, developmentIdSchema, isoDateSchema } from './development';

/** Largest file Brieflink imports; the base64 upload of it still fits in MAX_REQUEST_BYTES. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'] as const;

export const duplicateMatchSchema = z.object({
  id: developmentIdSchema,
  title: z.string(),
  reason: z.enum(['same URL', 'near-identical text']),
  similarity: z.number().min(0).max(1),
});
export type DuplicateMatchShape = z.infer<typeof duplicateMatchSchema>;

/** The words a proposed field was read from, and whether the reviewer should check it. */
export const fieldEvidenceSchema = z.object({ text: z.string().max(2000), unsure: z.boolean() });
export type FieldEvidenceShape = z.infer<typeof fieldEvidenceSchema>;

/** Evidence for each proposed field the extractor reads (see common/extract/types.ts, EVIDENCE_FIELDS). */
export const importEvidenceSchema = z.object({
  fields: z
    .object({
      title: fieldEvidenceSchema,
      publisher: fieldEvidenceSchema,
      author: fieldEvidenceSchema,
      publishedDate: fieldEvidenceSchema,
      jurisdictions: fieldEvidenceSchema,
      mentionedJurisdictions: fieldEvidenceSchema,
      status: fieldEvidenceSchema,
    })
    .partial(),
  /** Each proposed key date with the words it was read from; `estimate` when counted from publication. */
  keyDates: z
    .array(z.object({ date: isoDateSchema, label: z.string().max(300), source: z.string().max(500), estimate: z.boolean() }))
    .max(100),
});
export type ImportEvidence = z.infer<typeof importEvidenceSchema>;

/** What an import proposes: fields for the user to review, where each came from, and entries it seems to repeat. */
export const importProposalSchema = z.object({
  fileName: z.string().nullable(),
  fields: developmentFieldsSchema,
  evidence: importEvidenceSchema.optional(),
  duplicates: z.array(duplicateMatchSchema),
});
export type ImportProposal = z.infer<typeof importProposalSchema>;

/** What to do with a proposal that repeats an existing entry (skipping is simply not saving). */
export const saveImportArgsSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep both'), fields: developmentFieldsSchema }).strict(),
  z.object({ action: z.literal('replace'), fields: developmentFieldsSchema, replaceId: developmentIdSchema }).strict(),
]);

export const importFileArgsSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    // Capped by the hosts' request limit; the import service refuses oversized files by length before decoding.
    dataBase64: z.string(),
  })
  .strict();

/** Human-readable size, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
