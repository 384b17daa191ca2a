/** A hidden window paints no frames: there the work runs after this long instead. */
const HIDDEN_WINDOW_MS = 100;

export interface AfterNextPaint {
  /** Asks for one run after the next frame; asking again before it runs changes nothing. */
  (): void;
  cancel(): void;
}

/**
 * Runs `work` once after the next frame is painted, however often it is asked for before.
 * For what follows an edit without being part of it (such as lists beside the note): the
 * edit's own frame is not held up by it.
 */
export function afterNextPaint(work: () => void): AfterNextPaint {
  let frame: number | null = null;
  let task: ReturnType<typeof setTimeout> | null = null;
  let fallback: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (task !== null) clearTimeout(task);
    if (fallback !== null) clearTimeout(fallback);
    frame = task = fallback = null;
  };
  const run = () => {
    cancel();
    work();
  };
  const ask = () => {
    if (frame !== null || task !== null) return;
    // requestAnimationFrame runs just before the frame is painted; the task after it, once it is.
    frame = requestAnimationFrame(() => {
      frame = null;
      task = setTimeout(run, 0);
    });
    // Only when hidden: a timer armed during a long edit could fall due before the edit's frame.
    if (document.visibilityState === 'hidden') fallback = setTimeout(run, HIDDEN_WINDOW_MS);
  };
  return Object.assign(ask, { cancel });
}
