import { z } from 'zod';

/** How many copies of library.db are kept in backups/library (the newest). */
export const LIBRARY_BACKUPS_KEPT = 5;

export const LIBRARY_BACKUP_REASONS = ['before-migration', 'daily', 'before-repair'] as const;

export const libraryBackupIdSchema = z
  .string()
  .regex(/^library-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z--(?:before-migration|daily|before-repair)$/, 'not a library backup id');

export const libraryBackupSchema = z.object({
  id: libraryBackupIdSchema,
  takenAt: z.string(),
  reason: z.enum(LIBRARY_BACKUP_REASONS),
});
export type LibraryBackup = z.infer<typeof libraryBackupSchema>;

/**
 * What the window needs to tell the user about the workspace: why nothing can be saved
 * (a read-only folder), and a library that could not be opened, with the ways to repair it.
 */
export const workspaceStatusSchema = z.object({
  /** Why the workspace cannot be written (null when it can). */
  readOnly: z.string().nullable(),
  library: z.object({
    /** What is wrong with the library, what was done, and what the user can do (null when it is fine). */
    problem: z.string().nullable(),
    /** Newest first. */
    backups: z.array(libraryBackupSchema),
  }),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const libraryRepairArgsSchema = z.discriminatedUnion('action', [
  /** Put a backup in place (the current file, if any, is set aside first). */
  z.object({ action: z.literal('restore-backup'), backupId: libraryBackupIdSchema }).strict(),
  /** An empty library (no sample entries) and the notes index rebuilt from the note files. */
  z.object({ action: z.literal('start-empty') }).strict(),
]);
export type LibraryRepairArgs = z.infer<typeof libraryRepairArgsSchema>;
