import { z } from 'zod';
import { snapshotIdSchema } from '../noteHistory';

/** One run of words in a redline: kept, struck out, or put in. */
export const redlinePartSchema = z.object({ text: z.string(), change: z.enum(['same', 'removed', 'added']) });
export type RedlinePart = z.infer<typeof redlinePartSchema>;

/** What a body block is, in the words a reader uses ("list item", "table row"). */
export const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'list item', 'table row', 'page break', 'horizontal line', 'decision block', 'block'] as const;
export const blockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof blockKindSchema>;

/**
 * How a block fared between the two versions. A moved block appears twice: struck at its
 * old place ('moved-from', saying where it went) and shown at its new place ('moved-to',
 * saying where it came from, with any words changed on the way marked).
 */
export const BLOCK_CHANGES = ['same', 'changed', 'added', 'removed', 'moved-from', 'moved-to'] as const;
export const blockChangeSchema = z.enum(BLOCK_CHANGES);
export type BlockChange = z.infer<typeof blockChangeSchema>;

/** The block changes a reader counts and steps through: a move once, at its new place. */
export const countsAsChange = (change: BlockChange) => change === 'changed' || change === 'added' || change === 'removed' || change === 'moved-to';

export const comparedBlockSchema = z.object({
  change: blockChangeSchema,
  kind: blockKindSchema,
  /** Nesting depth of a list item (0 for anything else). */
  depth: z.number().int().nonnegative(),
  parts: z.array(redlinePartSchema),
  /**
   * Words for a change that is not in the text itself: where a moved block went or came
   * from, a paragraph split in two, a heading turned into a paragraph.
   */
  note: z.string().optional(),
  /** The same number on both halves of a move. */
  moveId: z.number().int().optional(),
});
export type ComparedBlock = z.infer<typeof comparedBlockSchema>;

/** A note detail (form field) whose value differs, by the label the form shows. */
export const fieldComparisonSchema = z.object({ label: z.string(), parts: z.array(redlinePartSchema) });
export type FieldComparison = z.infer<typeof fieldComparisonSchema>;

export const noteComparisonSchema = z.object({
  /** Only the details that differ, in the form's order. */
  fields: z.array(fieldComparisonSchema),
  /** Every block of the body, in reading order, unchanged ones included for context. */
  blocks: z.array(comparedBlockSchema),
  /** Changed details plus changed, added, removed and moved blocks (a move counted once). */
  changeCount: z.number().int().nonnegative(),
});
export type NoteComparison = z.infer<typeof noteComparisonSchema>;

/** A version to compare: a snapshot in History, or the note as it is saved now. */
export const NOW = 'now';
export const versionRefSchema = z.union([snapshotIdSchema, z.literal(NOW)]);
export type VersionRef = z.infer<typeof versionRefSchema>;
