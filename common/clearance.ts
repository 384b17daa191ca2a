import { z } from 'zod';

/**
 * A note's place in the review chain and who cleared it. Stored in the note file (fields
 * `status` and `clearance`); a note written before they existed reads as a draft with no
 * clearance recorded.
 */

export const NOTE_STATUSES = ['draft', 'in-review', 'cleared', 'approved', 'sent'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
export const DEFAULT_NOTE_STATUS: NoteStatus = 'draft';

export const NOTE_STATUS_LABELS: Record<NoteStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  cleared: 'Cleared',
  approved: 'Approved',
  sent: 'Sent',
};

export const CLEARANCE_OUTCOMES = ['pending', 'cleared', 'cleared-with-comments', 'not-cleared'] as const;
export type ClearanceOutcome = (typeof CLEARANCE_OUTCOMES)[number];

export const CLEARANCE_OUTCOME_LABELS: Record<ClearanceOutcome, string> = {
  pending: 'Pending',
  cleared: 'Cleared',
  'cleared-with-comments': 'Cleared with comments',
  'not-cleared': 'Not cleared',
};

/**
 * Which part of the chain an entry records. The formats print them apart: Canada's
 * "Prepared by / Consulted / Approved by", the US memo's "Drafted / Cleared / Approved".
 */
export const CLEARANCE_STEPS = ['prepared', 'consulted', 'approved'] as const;
export type ClearanceStep = (typeof CLEARANCE_STEPS)[number];

export const CLEARANCE_STEP_LABELS: Record<ClearanceStep, string> = {
  prepared: 'Prepared by',
  consulted: 'Consulted',
  approved: 'Approved by',
};

/** The most entries one note keeps: far beyond any real clearance page, small enough to print on one. */
export const MAX_CLEARANCE_ENTRIES = 40;

export const clearanceEntryIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a clearance entry id');

/** A calendar date written yyyy-mm-dd (as a date input gives it), or absent. */
export const clearanceDateSchema = z.iso.date({ error: 'a date is written yyyy-mm-dd' });

export const clearanceEntrySchema = z.object({
  id: clearanceEntryIdSchema,
  step: z.enum(CLEARANCE_STEPS).default('consulted'),
  /** The office or role that clears ("Legal Services", "Director, Trade Policy"). */
  office: z.string().max(200),
  name: z.string().max(200),
  outcome: z.enum(CLEARANCE_OUTCOMES),
  date: clearanceDateSchema.optional(),
  remark: z.string().max(1000).default(''),
  /**
   * The note's revision when this entry's outcome last became cleared (or cleared with
   * comments): the version that was cleared, kept in History, for "Changes since you cleared".
   * Set by the back end on save, never taken from the window. Older versions drop it.
   */
  clearedRevision: z.number().int().positive().optional(),
});
export type ClearanceEntry = z.infer<typeof clearanceEntrySchema>;

const isCleared = (entry: Pick<ClearanceEntry, 'outcome'>) => entry.outcome === 'cleared' || entry.outcome === 'cleared-with-comments';

/**
 * The clearance list as saved at `revision`: an entry whose outcome became cleared records
 * that revision; one that stays cleared keeps the revision it was cleared at; any other loses
 * it. What the window sent for `clearedRevision` is ignored.
 */
export function withClearedRevisions(before: readonly ClearanceEntry[], after: readonly ClearanceEntry[], revision: number): ClearanceEntry[] {
  return after.map(({ clearedRevision: _sent, ...entry }) => {
    if (!isCleared(entry)) return entry;
    const previous = before.find((candidate) => candidate.id === entry.id);
    const kept = previous && isCleared(previous) ? previous.clearedRevision : undefined;
    return { ...entry, clearedRevision: kept ?? revision };
  });
}

/** Whether this version of the note is one a clearance entry cleared (it became cleared as this revision was written). */
export function clearedAtItsRevision(note: { revision: number; clearance?: readonly ClearanceEntry[] }): boolean {
  return (note.clearance ?? []).some((entry) => entry.clearedRevision === note.revision);
}

/** The entries without the revisions they cleared: for a copy, whose History does not have those versions, or a list the window sent. */
export function withoutClearedRevisions(entries: readonly ClearanceEntry[]): ClearanceEntry[] {
  return entries.map(({ clearedRevision: _cleared, ...entry }) => entry);
}

/** The entry of this person (by name) that records a cleared version, if any. */
export function clearanceBy(entries: readonly ClearanceEntry[], name: string): ClearanceEntry | undefined {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return undefined;
  return entries.find((entry) => entry.clearedRevision !== undefined && entry.name.trim().toLowerCase() === wanted);
}

export const clearanceListSchema = z
  .array(clearanceEntrySchema)
  .max(MAX_CLEARANCE_ENTRIES, `at most ${MAX_CLEARANCE_ENTRIES} clearance entries`)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate clearance entry id "${entry.id}"` });
      seen.add(entry.id);
    });
  });

export const noteStatusSchema = z.enum(NOTE_STATUSES);

/** What a note says about its review: both optional in the file. */
interface ReviewFields {
  status?: NoteStatus;
  clearance?: readonly ClearanceEntry[];
}

export function statusOf(note: ReviewFields): NoteStatus {
  return note.status ?? DEFAULT_NOTE_STATUS;
}

export function clearanceOf(note: ReviewFields): readonly ClearanceEntry[] {
  return note.clearance ?? [];
}

/** True when the note records anything an older version would drop: a status past Draft, or a clearance entry. */
export function hasReviewRecord(note: ReviewFields): boolean {
  return statusOf(note) !== DEFAULT_NOTE_STATUS || clearanceOf(note).length > 0;
}

// ---------------------------------------------------------------------------------------
// Where and how a template prints the clearance list

export const CLEARANCE_STYLES = ['us-clearance-block', 'canada-prepared-consulted-approved', 'uk-clearances-line', 'none'] as const;
export type ClearanceStyle = (typeof CLEARANCE_STYLES)[number];

/** After the metadata block (the UK submission's header names who cleared it), or as the note's last block (the last page). */
export const CLEARANCE_PLACEMENTS = ['after-metadata', 'end'] as const;
export type ClearancePlacement = (typeof CLEARANCE_PLACEMENTS)[number];

export const clearancePrintSchema = z.object({
  style: z.enum(CLEARANCE_STYLES, { error: `use one of ${CLEARANCE_STYLES.join(', ')}` }),
  placement: z.enum(CLEARANCE_PLACEMENTS, { error: `use one of ${CLEARANCE_PLACEMENTS.join(', ')}` }).default('end'),
});
export type ClearancePrint = z.infer<typeof clearancePrintSchema>;

/**
 * How a template prints clearance. A template that does not say (made before clearance
 * existed, as is the copy every older note carries) follows its classification scheme's
 * national format, so entries recorded on such a note still print.
 */
export function clearancePrintOf(template: { classificationScheme: string; print: { clearance?: ClearancePrint } }): ClearancePrint {
  if (template.print.clearance) return template.print.clearance;
  switch (template.classificationScheme) {
    case 'canada':
      return { style: 'canada-prepared-consulted-approved', placement: 'end' };
    case 'uk':
      return { style: 'uk-clearances-line', placement: 'after-metadata' };
    default:
      return { style: 'us-clearance-block', placement: 'end' };
  }
}
