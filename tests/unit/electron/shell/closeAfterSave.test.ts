import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { closeAfterSave } from '../../../../electron/shell/closeAfterSave';

/** A window whose page holds back every unload while `saving` is true. */
function fakeWindow() {
  const events = new EventEmitter();
  const contents = new EventEmitter();
  const state = { saving: true, closed: false, reloaded: 0, time: 0, timers: [] as { at: number; run: () => void }[] };
  const unload = (done: () => void) => {
    const event = { ignored: false, preventDefault() { this.ignored = true; } };
    if (state.saving) contents.emit('will-prevent-unload', event);
    if (!state.saving || event.ignored) done();
  };
  const window = {
    on: (name: 'close', listener: () => void) => events.on(name, listener),
    webContents: {
      on: (name: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void) => contents.on(name, listener),
      reload: () => unload(() => state.reloaded++),
    },
    close: () => {
      events.emit('close');
      unload(() => (state.closed = true));
    },
    isDestroyed: () => state.closed,
  };
  /** Runs the timers due within `ms`. */
  const advance = (ms: number) => {
    const end = state.time + ms;
    for (;;) {
      const next = state.timers.sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > end) break;
      state.timers.shift();
      state.time = next.at;
      next.run();
    }
    state.time = end;
  };
  return { window, state, advance, timing: { now: () => state.time, setTimer: (run: () => void, ms: number) => void state.timers.push({ at: state.time + ms, run }) } };
}

describe('closeAfterSave', () => {
  it('tries the close again until the page has saved, and then closes', () => {
    const { window, state, advance, timing } = fakeWindow();
    let asked = 0;
    closeAfterSave(window, { askToDiscard: () => (asked++, true), ...timing });
    window.close();
    advance(1000);
    expect(state.closed).toBe(false);
    state.saving = false;
    advance(250);
    expect(state.closed).toBe(true);
    expect(asked).toBe(0);
  });

  it('retries a held reload as a reload, not a close', () => {
    const { window, state, advance, timing } = fakeWindow();
    closeAfterSave(window, { askToDiscard: () => true, ...timing });
    window.webContents.reload();
    state.saving = false;
    advance(250);
    expect(state.reloaded).toBe(1);
    expect(state.closed).toBe(false);
  });

  it('asks after five seconds of a failed save; keeping the window open stops the retries', () => {
    const { window, state, advance, timing } = fakeWindow();
    const answers = [false, true];
    closeAfterSave(window, { askToDiscard: () => answers.shift()!, ...timing });
    window.close();
    advance(6000);
    expect(answers).toEqual([true]);
    expect(state.closed).toBe(false);
    expect(state.timers).toEqual([]);
    // A later close starts a new wait and, still unsaved, asks again; the user leaves.
    window.close();
    advance(6000);
    expect(state.closed).toBe(true);
  });
});
