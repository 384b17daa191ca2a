import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/**
 * Saves the latest draft a short while after the last change. Saves never overlap: a
 * change made during a save is saved right after it. Pending changes are flushed when the
 * editor goes away.
 */
export function useAutosave<T>(save: (draft: T) => Promise<void>, delayMs = 500) {
  const [status, setStatusState] = useState<SaveStatus>('saved');
  // Every keystroke schedules a save: setting the status it already has must not re-render the note.
  const statusNow = useRef<SaveStatus>('saved');
  const setStatus = useCallback((next: SaveStatus) => {
    if (statusNow.current === next) return;
    statusNow.current = next;
    setStatusState(next);
  }, []);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<{ draft: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const run = useCallback(async (): Promise<void> => {
    if (running.current) {
      await running.current;
    }
    const pending = latest.current;
    if (!pending) return;
    latest.current = null;
    setStatus('saving');
    const attempt = saveRef
      .current(pending.draft)
      .then(() => {
        setError(null);
        setStatus(latest.current ? 'pending' : 'saved');
      })
      .catch((reason: unknown) => {
        // Keep the draft so the next change, or the next flush, tries again.
        latest.current ??= pending;
        setError(reason instanceof Error ? reason.message : String(reason));
        setStatus('failed');
      });
    running.current = attempt.finally(() => {
      running.current = null;
    });
    await running.current;
  }, [setStatus]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await run();
  }, [run]);

  const schedule = useCallback(
    (draft: T) => {
      latest.current = { draft };
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void run();
      }, delayMs);
    },
    [delayMs, run, setStatus],
  );

  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { status, error, schedule, flush };
}
