import { z } from 'zod';
import { developmentFieldsSchema, developmentIdSchema } from './development';

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

/** What an import proposes: fields for the user to review, and entries it seems to repeat. */
export const importProposalSchema = z.object({
  fileName: z.string().nullable(),
  fields: developmentFieldsSchema,
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
