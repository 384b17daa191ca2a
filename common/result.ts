import { z } from 'zod';
import { describeStorageFailure, storageProblemOf, writeActionOf } from './storageErrors';

/**
 * Error codes that cross the boundary between the back end and the renderer.
 * The renderer may branch on a code; the message is for people.
 */
export const ERROR_CODES = [
  'BAD_ARGUMENTS',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN_ORIGIN',
  'TOO_LARGE',
  'NOT_FOUND',
  'NOTE_UNREADABLE',
  'NOTE_FROM_NEWER_VERSION',
  'TEMPLATE_INVALID',
  'LIBRARY_UNAVAILABLE',
  'REVISION_CONFLICT',
  'NOTE_BUSY',
  'IMPORT_FAILED',
  'BUNDLE_INVALID',
  'BUNDLE_FROM_NEWER_VERSION',
  'EXPORT_FAILED',
  'STORAGE_FAILED',
  'BROWSER_MISSING',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error a service throws on purpose; its code and message reach the user unchanged. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Turns anything a service threw into a typed failure. A disk or library that said no
 * (full, read-only, no permission, damaged) is named, with what the call `method` failed to
 * do and what is still safe. Other unexpected errors get a generic message so internals
 * (paths, stack traces) do not leak into the untrusted renderer.
 */
export function toFailure(error: unknown, method = ''): Result<never> {
  if (error instanceof AppError) return fail(error.code, error.message);
  const problem = storageProblemOf(error);
  if (problem) return fail('STORAGE_FAILED', describeStorageFailure(problem, writeActionOf(method)));
  return fail('INTERNAL', 'Something went wrong in Brieflink. Your work has not been changed.');
}
