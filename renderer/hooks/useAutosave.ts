import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createValueStore, type ValueStore } from './valueStore';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

/**
 * A save still running after this long shows "Saving…". A quicker one goes straight from
 * "Unsaved changes" to "All changes saved": a flash nobody can read would cost the window a
 * frame and a screen reader an announcement at every pause in typing.
 */
const SHOW_SAVING_AFTER_MS = 400;

/**
 * While saving is held, a change is still saved after this long without another, so a hold
 * that is never released (a menu that closed without saying so) cannot keep a draft unsaved.
 */
const HELD_DELAY_MS = 3000;

export interface SaveState {
  status: SaveStatus;
  error: string | null;
}

/**
 * Where the save stands, kept outside React state: every keystroke schedules a save, and a
 * long note's editor must not re-render for it. Only the status line and the length panel
 * subscribe (`useStoreValue`).
 */
export type SaveStateStore = ValueStore<SaveState>;

function createSaveStateStore() {
  const store = createValueStore<SaveState>({ status: 'saved', error: null }, (a, b) => a.status === b.status && a.error === b.error);
  return { ...store, update: (next: Partial<SaveState>) => store.set({ ...store.get(), ...next }) };
}

/**
 * Saves the latest draft a short while after the last change. Saves never overlap: a
 * change made during a save is saved right after it. Pending changes are flushed when the
 * editor goes away. `hold(true)` makes saving wait (up to HELD_DELAY_MS after the last
 * change; a flush saves at once) until `hold(false)`.
 */
export function useAutosave<T>(save: (draft: T) => Promise<void>, delayMs = 500) {
  const store = useMemo(createSaveStateStore, []);
  const latest = useRef<{ draft: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const held = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const run = useCallback(async (): Promise<void> => {
    if (running.current) {
      await running.current;
    }
    const pending = latest.current;
    if (!pending) return;
    latest.current = null;
    const slow = setTimeout(() => store.update({ status: 'saving' }), SHOW_SAVING_AFTER_MS);
    const attempt = saveRef
      .current(pending.draft)
      .then(() => store.update({ status: latest.current ? 'pending' : 'saved', error: null }))
      .catch((reason: unknown) => {
        // Keep the draft so the next change, or the next flush, tries again.
        latest.current ??= pending;
        store.update({ status: 'failed', error: reason instanceof Error ? reason.message : String(reason) });
      })
      .finally(() => clearTimeout(slow));
    running.current = attempt.finally(() => {
      running.current = null;
    });
    await running.current;
  }, [store]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await run();
  }, [run]);

  const startTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(
      () => {
        timer.current = null;
        void run();
      },
      held.current ? HELD_DELAY_MS : delayMs,
    );
  }, [delayMs, run]);

  const schedule = useCallback(
    (draft: T) => {
      latest.current = { draft };
      store.update({ status: 'pending' });
      startTimer();
    },
    [startTimer, store],
  );

  const hold = useCallback(
    (on: boolean) => {
      held.current = on;
      // A save waiting to start now waits as long as the hold says.
      if (latest.current && (timer.current || !on)) startTimer();
    },
    [startTimer],
  );

  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { store: store as SaveStateStore, schedule, flush, hold };
}
