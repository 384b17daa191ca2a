import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, HELD_DELAY_MS, MAX_WAIT_MS } from '../../../../renderer/state/autosaver';

/** A save the test finishes by hand, recording the drafts it was given. */
function manualSave() {
  const calls: { draft: string; finish(): void; fail(message: string): void }[] = [];
  const save = (draft: string) =>
    new Promise<void>((resolve, reject) => calls.push({ draft, finish: resolve, fail: (message) => reject(new Error(message)) }));
  return { save, calls };
}

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest draft once, the delay after the last change', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(149);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.draft)).toEqual(['ab']);
    calls[0].finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.store.get().status).toBe('saved');
    expect(saver.unsaved()).toBe(false);
  });

  it('a flush waits for the save that a timer started behind the running one', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.schedule('first');
    await vi.advanceTimersByTimeAsync(150);
    saver.schedule('second');
    await vi.advanceTimersByTimeAsync(150); // the timer's save now waits on the first
    let flushed = false;
    const flush = saver.flush().then(() => (flushed = true));
    calls[0].finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((call) => call.draft)).toEqual(['first', 'second']);
    expect(flushed).toBe(false); // "second" is still being saved
    calls[1].finish();
    await flush;
    expect(saver.store.get().status).toBe('saved');
  });

  it('a failed save keeps its draft, makes the flush throw, and the next flush saves it', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.schedule('draft');
    const first = saver.flush();
    calls[0].fail('disk full');
    await expect(first).rejects.toThrow('The note could not be saved: disk full');
    expect(saver.store.get()).toEqual({ status: 'failed', error: 'disk full' });
    expect(saver.unsaved()).toBe(true);
    const second = saver.flush();
    expect(calls[1].draft).toBe('draft');
    calls[1].finish();
    await second;
    expect(saver.store.get()).toEqual({ status: 'saved', error: null });
  });

  it('a flush whose save failed while a newer change was waiting throws if that one fails too', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.schedule('older');
    const flush = saver.flush();
    saver.schedule('newer');
    await vi.advanceTimersByTimeAsync(150); // the timer's save waits behind the flush's
    calls[0].fail('disk full');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((call) => call.draft)).toEqual(['older', 'newer']);
    calls[1].fail('disk still full');
    await expect(flush).rejects.toThrow('The note could not be saved: disk still full');
  });

  it('while held, saves a second after the last change, and at once when released', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.hold(true);
    saver.schedule('held');
    await vi.advanceTimersByTimeAsync(HELD_DELAY_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    calls[0].finish();
    saver.schedule('again');
    await vi.advanceTimersByTimeAsync(500);
    saver.hold(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(calls.map((call) => call.draft)).toEqual(['held', 'again']);
  });

  it('typing that never pauses is saved at least once a second, each time with the newest text', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    let typed = '';
    const saveStarts: number[] = [];
    // 3.5 s of a key every 40 ms: never the 150 ms pause a plain debounce waits for.
    for (let at = 0; at < 3500; at += 40) {
      typed += 'x';
      saver.schedule(typed);
      await vi.advanceTimersByTimeAsync(40);
      while (saveStarts.length < calls.length) {
        saveStarts.push(at + 40);
        expect(calls.at(-1)!.draft).toBe(typed); // the newest draft, not the one that started the wait
        calls.at(-1)!.finish();
      }
    }
    expect(calls.length).toBe(3);
    expect(saveStarts).toEqual([1000, 2000, 3000]);
    // After the typing stops, the rest is saved the short delay later, as before.
    await vi.advanceTimersByTimeAsync(150);
    expect(calls.at(-1)!.draft).toBe(typed);
  });

  it('the one-second wait starts at the first change not yet being saved', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400); // a slow save: 400 ms
    calls[0].finish();
    for (let n = 1; n <= 10; n++) {
      saver.schedule(`a${n}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 1,000 ms after 'a1', even though the last change was 100 ms ago.
    expect(calls.map((call) => call.draft)).toEqual(['a', 'a10']);
  });

  it('a hold (an open menu) does not stretch the wait past a second while changes keep coming', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.hold(true);
    for (let n = 1; n <= 9; n++) {
      saver.schedule(`q${n}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls).toHaveLength(0);
    saver.schedule('q10');
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS - 900);
    expect(calls.map((call) => call.draft)).toEqual(['q10']);
  });

  it('discard drops the waiting draft, and a running save that then fails does not bring its draft back', async () => {
    const { save, calls } = manualSave();
    const saver = createAutosaver(save, 150);
    saver.schedule('mine');
    await vi.advanceTimersByTimeAsync(150);
    saver.schedule('mine, more');
    saver.discard();
    calls[0].fail('changed elsewhere');
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(calls).toHaveLength(1);
    expect(saver.unsaved()).toBe(false);
    expect(saver.store.get()).toEqual({ status: 'saved', error: null });
    await saver.flush();
    expect(calls).toHaveLength(1);
  });
});
