import { z } from 'zod';

const rectSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
});
export type Rect = z.infer<typeof rectSchema>;

/**
 * What the app remembers of its window between starts. The shell keeps the bounds and the
 * maximised state; the panel widths and the open note with its caret and scroll position are the
 * window's to fill in. Each part is read on its own: a damaged part is forgotten, the rest kept.
 */
export const windowStateSchema = z.object({
  /** The window's normal (not maximised) bounds, so leaving maximised goes back to them. */
  bounds: rectSchema.optional().catch(undefined),
  maximized: z.boolean().optional().catch(undefined),
  /** Width in CSS pixels of each resizable panel, by panel name ("notes", "library"). */
  panelWidths: z.record(z.string().max(40), z.number().int().min(0).max(10_000)).optional().catch(undefined),
  openNote: z
    .object({
      id: z.string().max(64),
      /** Where the caret was, as the editor names a point (node key path and offset); the editor checks it still fits. */
      caret: z.object({ path: z.array(z.number().int().min(0)).max(200), offset: z.number().int().min(0) }).optional(),
      scrollTop: z.number().min(0).optional(),
    })
    .optional()
    .catch(undefined),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** The saved state as far as it can be read; anything unreadable is nothing saved. */
export function readWindowState(saved: unknown): WindowState {
  const parsed = windowStateSchema.safeParse(saved);
  return parsed.success ? parsed.data : {};
}
