import { describe, expect, it } from 'vitest';
import { readWindowState, type Rect, type WindowState } from '../../../common/windowState';
import { rememberWindowState, type TrackedWindow } from '../../../electron/shell/rememberWindowState';
import { boundsToOpen, createWindowStateSaver, DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type DisplayArea } from '../../../electron/shell/windowState';

/** A laptop (primary, with a 40 px taskbar) and a monitor to its right. */
const LAPTOP: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 }, primary: true };
const MONITOR: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const SMALL: DisplayArea = { workArea: { x: 0, y: 0, width: 1366, height: 728 }, primary: true };

const inside = (bounds: Rect, area: Rect) =>
  bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height;

describe('where the window opens', () => {
  it('with nothing saved: the default size, centred on the primary display', () => {
    const { bounds, maximized } = boundsToOpen({}, [MONITOR, LAPTOP]);
    expect(bounds).toEqual({ x: 260, y: 70, ...DEFAULT_WINDOW_SIZE });
    expect(maximized).toBe(false);
  });

  it('where it was, on the display it was on', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1600, height: 1000 } };
    expect(boundsToOpen(saved, [LAPTOP, MONITOR]).bounds).toEqual(saved.bounds);
  });

  it('the monitor it was on unplugged: the default size centred on the primary display', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1600, height: 1000 }, maximized: false };
    expect(boundsToOpen(saved, [LAPTOP]).bounds).toEqual({ x: 260, y: 70, ...DEFAULT_WINDOW_SIZE });
  });

  it('only a sliver still on a display (its title bar out of reach) counts as off-screen', () => {
    const saved = { bounds: { x: 1900, y: 100, width: 1200, height: 800 } };
    expect(boundsToOpen(saved, [LAPTOP]).bounds).toEqual({ x: 260, y: 70, ...DEFAULT_WINDOW_SIZE });
  });

  it('half on a display: moved wholly onto it, keeping its size', () => {
    const saved = { bounds: { x: 1300, y: -200, width: 1200, height: 800 } };
    const { bounds } = boundsToOpen(saved, [LAPTOP]);
    expect(bounds).toEqual({ x: 720, y: 0, width: 1200, height: 800 });
  });

  it('across two displays: onto the one that shows most of it', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 } };
    const { bounds } = boundsToOpen(saved, [LAPTOP, MONITOR]);
    expect(inside(bounds, MONITOR.workArea)).toBe(true);
    expect(bounds).toMatchObject({ x: 1920, width: 1400, height: 900 });
  });

  it('larger than the display now (a smaller screen): shrunk to fit it', () => {
    const saved = { bounds: { x: 0, y: 0, width: 2400, height: 1300 } };
    expect(boundsToOpen(saved, [SMALL]).bounds).toEqual(SMALL.workArea);
  });

  it('never smaller than the minimum size, unless the display itself is', () => {
    expect(boundsToOpen({ bounds: { x: 100, y: 100, width: 200, height: 100 } }, [LAPTOP]).bounds).toEqual({ x: 100, y: 100, ...MIN_WINDOW_SIZE });
    const tiny: DisplayArea = { workArea: { x: 0, y: 0, width: 640, height: 480 }, primary: true };
    expect(boundsToOpen({ bounds: { x: 0, y: 0, width: 1000, height: 700 } }, [tiny]).bounds).toEqual(tiny.workArea);
    expect(boundsToOpen({}, [tiny]).bounds).toEqual(tiny.workArea);
  });

  it('maximised again if it was, over its normal bounds', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true };
    expect(boundsToOpen(saved, [LAPTOP])).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('no display reported at all: the default size at the origin rather than a failure', () => {
    expect(boundsToOpen({}, [])).toEqual({ bounds: { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }, maximized: false });
  });
});

describe('the saved window state as read back', () => {
  it('forgets a damaged part and keeps the rest', () => {
    const state = readWindowState({
      bounds: { x: 'left', y: 0, width: 1200, height: 800 },
      maximized: true,
      panelWidths: { notes: 280, library: -5 },
      openNote: { id: 'note-1', scrollTop: 420 },
    });
    expect(state).toEqual({ maximized: true, openNote: { id: 'note-1', scrollTop: 420 } });
  });

  it.each([undefined, null, 'not an object', 42, [], { bounds: { x: 0, y: 0, width: 0, height: 800 } }, { bounds: { x: 1e9, y: 0, width: 800, height: 600 } }])(
    'reads %j as nothing usable about the bounds',
    (saved) => {
      expect(readWindowState(saved).bounds).toBeUndefined();
      expect(boundsToOpen(readWindowState(saved), [LAPTOP]).bounds).toEqual({ x: 260, y: 70, ...DEFAULT_WINDOW_SIZE });
    },
  );

  it('keeps the window’s own parts: panel widths and the open note with its caret and scroll', () => {
    const saved: WindowState = { panelWidths: { notes: 300, library: 420 }, openNote: { id: 'note-7', caret: { path: [3, 0, 1], offset: 12 }, scrollTop: 880 } };
    expect(readWindowState(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });
});

/** A timer that runs only when told to, as the saver's stand-in clock. */
function manualTimers() {
  let nextId = 0;
  const pending = new Map<number, () => void>();
  return {
    setTimer: (callback: () => void) => (pending.set(++nextId, callback), nextId),
    clearTimer: (id: unknown) => void pending.delete(id as number),
    runAll: () => {
      const callbacks = [...pending.values()];
      pending.clear();
      callbacks.forEach((callback) => callback());
    },
    get count() {
      return pending.size;
    },
  };
}

function memoryStore(initial: WindowState = {}) {
  let state = initial;
  const writes: WindowState[] = [];
  return { writes, store: { read: () => state, write: (next: WindowState) => void writes.push((state = next)) } };
}

describe('saving the window state', () => {
  it('writes once the changes pause, the last bounds, keeping what the window saved', () => {
    const timers = manualTimers();
    const { store, writes } = memoryStore({ panelWidths: { notes: 300 }, openNote: { id: 'note-1' } });
    const saver = createWindowStateSaver({ store, setTimer: timers.setTimer, clearTimer: timers.clearTimer, delayMs: 500 });
    for (let x = 0; x < 50; x++) saver.update({ bounds: { x, y: 10, width: 1200, height: 800 } });
    saver.update({ maximized: false });
    expect(writes).toEqual([]);
    expect(timers.count).toBe(1);
    timers.runAll();
    expect(writes).toEqual([{ panelWidths: { notes: 300 }, openNote: { id: 'note-1' }, bounds: { x: 49, y: 10, width: 1200, height: 800 }, maximized: false }]);
    timers.runAll();
    expect(writes).toHaveLength(1);
  });

  it('writes a pending change at once when flushed (the window closing), and nothing when there is none', () => {
    const timers = manualTimers();
    const { store, writes } = memoryStore();
    const saver = createWindowStateSaver({ store, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
    saver.flush();
    expect(writes).toEqual([]);
    saver.update({ maximized: true });
    saver.flush();
    expect(writes).toEqual([{ maximized: true }]);
    expect(timers.count).toBe(0);
  });
});

describe('following the window', () => {
  function fakeWindow() {
    const listeners = new Map<string, (() => void)[]>();
    const state = { bounds: { x: 100, y: 100, width: 1200, height: 800 }, maximized: false, minimized: false, fullScreen: false };
    const window: TrackedWindow = {
      on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      getNormalBounds: () => ({ ...state.bounds }),
      isMaximized: () => state.maximized,
      isMinimized: () => state.minimized,
      isFullScreen: () => state.fullScreen,
    };
    const emit = (event: string) => listeners.get(event)?.forEach((listener) => listener());
    return { window, state, emit };
  }

  it('records moves, resizes and maximising; not a minimised or full-screen window; writes on close', () => {
    const timers = manualTimers();
    const { store, writes } = memoryStore();
    const { window, state, emit } = fakeWindow();
    rememberWindowState(window, createWindowStateSaver({ store, setTimer: timers.setTimer, clearTimer: timers.clearTimer }));
    state.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    emit('move');
    state.maximized = true;
    emit('maximize');
    state.minimized = true;
    state.bounds = { x: -32000, y: -32000, width: 160, height: 28 };
    emit('resize');
    state.minimized = false;
    state.fullScreen = true;
    emit('resize');
    expect(writes).toEqual([]);
    state.fullScreen = false;
    state.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    emit('close');
    expect(writes).toEqual([{ bounds: { x: 300, y: 200, width: 1000, height: 700 }, maximized: true }]);
  });
});
