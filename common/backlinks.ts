import { z } from 'zod';
import { noteIdSchema } from './note';

/** A note citing a development: where the development's detail view links to. */
export const backlinkSchema = z.object({
  noteId: noteIdSchema,
  title: z.string(),
  updatedAt: z.string(),
  /** The note's first snippet citing the development: open the note there. */
  snippetId: z.string(),
  /** That snippet's 0-based position among the note's snippets. */
  position: z.number().int().nonnegative(),
});
export type Backlink = z.infer<typeof backlinkSchema>;
