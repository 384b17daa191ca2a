import { z } from 'zod';
import { formatBytes } from './libraryImport';

/**
 * Large files (library bundles) reach the back end as uploads, apart from the JSON calls and
 * their 8 MB limit: streamed to a temporary file, then named by an opaque id in the call
 * that uses them.
 */
export const UPLOAD_KINDS = ['bundle'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** Largest upload of each kind; anything bigger is refused with its own message. */
export const MAX_UPLOAD_BYTES: Record<UploadKind, number> = { bundle: 200 * 1024 * 1024 };

/** The browser host's route for uploads: POST /upload/<kind>, the raw file as the body. */
export const UPLOAD_PATH_PREFIX = '/upload/';

export const uploadIdSchema = z.string().regex(/^upload-[A-Za-z0-9_-]{32}$/, 'not an upload id');

export const uploadReceiptSchema = z.object({ uploadId: uploadIdSchema, size: z.number().int().nonnegative() });
export type UploadReceipt = z.infer<typeof uploadReceiptSchema>;

const NOUNS: Record<UploadKind, string> = { bundle: 'library bundle' };

/** The refusal for an oversized upload, naming its size when it is known. */
export function uploadTooLargeMessage(kind: UploadKind, limit: number, size?: number, fileName?: string): string {
  const subject = fileName ? `${fileName}: this ${NOUNS[kind]}` : `This ${NOUNS[kind]}`;
  const largest = formatBytes(limit);
  return size === undefined
    ? `${subject} is larger than ${largest}, the largest ${NOUNS[kind]} Brieflink imports.`
    : `${subject} is ${formatBytes(size)}; the largest ${NOUNS[kind]} Brieflink imports is ${largest}.`;
}

/** What choosing a file in the desktop shell's open dialog gives: the upload, or nothing if cancelled. */
export const chosenUploadSchema = z.union([
  z.object({ cancelled: z.literal(true) }),
  uploadReceiptSchema.extend({ fileName: z.string() }),
]);
