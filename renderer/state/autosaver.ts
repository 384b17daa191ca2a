import { messageOf } from '../../common/messageOf';
import { createValueStore, type ValueStore } from './valueStore';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

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

/**
 * A save still running after this long shows "Saving…". A quicker one goes straight from
 * "Unsaved changes" to "All changes saved": a flash nobody can read would cost the window a
 * frame and a screen reader an announcement at every pause in typing.
 */
const SHOW_SAVING_AFTER_MS = 400;

/**
 * While saving is held (a "/" or "[[" menu is open), a change is still saved after this long
 * without another: still within a second of the last change, and a hold that is never
 * released (a menu that closed without saying so) cannot keep a draft unsaved.
 */
export const HELD_DELAY_MS = 1000;

/**
 * While changes keep coming, the oldest unsaved one is saved at most this long after it was
 * made (as a debounce's "max wait"): typing that never pauses (a fast typist, dictation, edits
 * right after a long paste) is still saved every second, so a crash loses at most a second.
 */
export const MAX_WAIT_MS = 1000;

function createSaveStateStore() {
  const store = createValueStore<SaveState>({ status: 'saved', error: null }, (a, b) => a.status === b.status && a.error === b.error);
  return { ...store, update: (next: Partial<SaveState>) => store.set({ ...store.get(), ...next }) };
}

/**
 * Saves the latest draft a short while after the last change, and at least every
 * `maxWaitMs` while changes keep coming. Saves never overlap: a change made during a save is
 * saved right after it. A failed save keeps its draft for the next change or flush.
 * `hold(true)` makes saving wait (up to HELD_DELAY_MS after the last change, still within
 * `maxWaitMs` of the first unsaved one; a flush saves at once) until `hold(false)`.
 */
export function createAutosaver<T>(save: (draft: T) => Promise<void>, delayMs: number, maxWaitMs = MAX_WAIT_MS) {
  const store = createSaveStateStore();
  let latest: { draft: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Set with the first change not yet being saved; fires even while changes keep restarting `timer`. */
  let deadline: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let held = false;
  /** Bumped by discard(): a save failing after it does not bring its draft back. */
  let generation = 0;

  function stopTimers() {
    if (timer) clearTimeout(timer);
    if (deadline) clearTimeout(deadline);
    timer = null;
    deadline = null;
  }

  async function run(): Promise<void> {
    // A loop: another caller waiting on the same save may have started the next one first.
    while (running) await running;
    const pending = latest;
    if (!pending) return;
    latest = null;
    // The draft being saved is the newest: the next change starts a new wait.
    if (deadline) clearTimeout(deadline);
    deadline = null;
    const started = generation;
    const slow = setTimeout(() => store.update({ status: 'saving' }), SHOW_SAVING_AFTER_MS);
    running = save(pending.draft)
      .then(() => store.update({ status: latest ? 'pending' : 'saved', error: null }))
      .catch((reason: unknown) => {
        if (started !== generation) return;
        latest ??= pending;
        store.update({ status: 'failed', error: messageOf(reason) });
      })
      .finally(() => {
        clearTimeout(slow);
        running = null;
      });
    await running;
  }

  function startTimer() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = null;
        void run();
      },
      held ? HELD_DELAY_MS : delayMs,
    );
  }

  return {
    store: store as SaveStateStore,
    schedule(draft: T) {
      latest = { draft };
      store.update({ status: 'pending' });
      startTimer();
      deadline ??= setTimeout(() => {
        deadline = null;
        if (timer) clearTimeout(timer);
        timer = null;
        void run();
      }, maxWaitMs);
    },
    /** Saves what is pending now; throws if it could not be saved, so callers do not act on an older version. */
    async flush() {
      stopTimers();
      await run();
      // A save started meanwhile (by a change typed during this one) may hold the draft now.
      while (running) await running;
      if (latest && store.get().status === 'failed') {
        throw new Error(`The note could not be saved: ${store.get().error ?? 'unknown error'}`);
      }
    },
    hold(on: boolean) {
      held = on;
      // A save waiting to start now waits as long as the hold says.
      if (latest && (timer || !on)) startTimer();
    },
    /**
     * Drops the draft waiting to be saved (the user chose to keep a version saved elsewhere
     * instead). A save already running finishes; if it fails, its draft is not kept either.
     */
    discard() {
      stopTimers();
      latest = null;
      generation += 1;
      store.update({ status: 'saved', error: null });
    },
    /** A change is waiting to be saved or being saved. */
    unsaved: () => latest !== null || running !== null,
  };
}
