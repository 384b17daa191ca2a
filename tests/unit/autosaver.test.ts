import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, HELD_DELAY_MS } from '../../renderer/hooks/autosaver';

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
});
