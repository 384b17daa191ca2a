import { z } from 'zod';
import { noteIdSchema } from './note';

/** Why a snapshot was taken; shown in the History dialog. */
/** 'before-keep-mine': a version saved elsewhere, kept when the user chose this window's version over it. */
/** 'before-review-import': the note as it was before a reviewer's comments were imported from a Word document or merged from their copy. */
/** 'cleared': the note as saved when a clearance entry's outcome became cleared: the version that was cleared. */
export const SNAPSHOT_REASONS = ['export', 'autosave', 'before-restore', 'before-freeze', 'before-keep-mine', 'before-review-import', 'cleared'] as const;
export const snapshotReasonSchema = z.enum(SNAPSHOT_REASONS);
export type SnapshotReason = z.infer<typeof snapshotReasonSchema>;

/** How many snapshots are kept per note; older ones are removed when a new one is taken. */
export const SNAPSHOTS_KEPT_PER_NOTE = 50;
/** While editing, a new snapshot is taken on save once the last one is older than this. */
export const AUTOSAVE_SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

/** A snapshot's id is its file name without extension: a file-safe time stamp and the reason. */
export const snapshotIdSchema = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(?:-\d{3})?--(?:export|autosave|before-restore|before-freeze|before-keep-mine|before-review-import|cleared)$/, 'not a snapshot id');

export const snapshotSummarySchema = z.object({
  id: snapshotIdSchema,
  takenAt: z.string(),
  reason: snapshotReasonSchema,
});
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

/** A read-only look at a snapshot: its title, metadata and the plain text of its body. */
export const snapshotPreviewSchema = snapshotSummarySchema.extend({
  title: z.string(),
  metadata: z.array(z.object({ label: z.string(), value: z.string() })),
  text: z.string(),
});
export type SnapshotPreview = z.infer<typeof snapshotPreviewSchema>;

/** A trashed note's id is its trash file name without `.note.json`: `<note id>.<stamp>`. */
export const trashIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}\.[0-9TZ-]{20,40}$/, 'not a trash id');

export const trashedNoteSchema = z.object({
  trashId: trashIdSchema,
  noteId: noteIdSchema,
  title: z.string(),
  trashedAt: z.string(),
  problem: z.string().optional(),
});
export type TrashedNote = z.infer<typeof trashedNoteSchema>;

/** What can be shown of a note written by a newer version, without understanding all of it. */
export const readOnlyNoteSchema = z.object({
  formatVersion: z.number().int(),
  subject: z.string().nullable(),
  text: z.string().nullable(),
});
export type ReadOnlyNote = z.infer<typeof readOnlyNoteSchema>;

export function snapshotTitleForReason(reason: SnapshotReason): string {
  return {
    export: 'Exported',
    autosave: 'While editing',
    'before-restore': 'Before a restore',
    'before-freeze': 'Before freezing links',
    'before-keep-mine': 'Replaced by a version from another window',
    'before-review-import': 'Before importing a review',
    cleared: 'Cleared',
  }[reason];
}
