import type { Rect, WindowState } from '../../common/windowState';

export const DEFAULT_WINDOW_SIZE = { width: 1400, height: 900 } as const;
/** Small enough for a 1366×768 screen with a taskbar, large enough for the toolbar and one panel. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
/** A saved window showing less than this of itself on every display is taken as off-screen. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

export interface DisplayArea {
  /** The display's area without taskbar and dock. */
  workArea: Rect;
  primary?: boolean;
}

export interface OpeningBounds {
  bounds: Rect;
  maximized: boolean;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** The default size (never larger than the area), centred on it. */
function centredOn(area: Rect): Rect {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/** The bounds moved and shrunk until the whole window lies in the area, no smaller than the minimum size the area allows. */
function fittedInto(bounds: Rect, area: Rect): Rect {
  const width = clamp(bounds.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(bounds.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  return { x: clamp(bounds.x, area.x, area.x + area.width - width), y: clamp(bounds.y, area.y, area.y + area.height - height), width, height };
}

/**
 * Where the window opens: where it was, moved wholly onto the display that shows most of it;
 * or, with nothing saved or the saved place off every display (a monitor since unplugged), at the
 * default size centred on the primary display.
 */
export function boundsToOpen(saved: WindowState, displays: DisplayArea[]): OpeningBounds {
  const maximized = saved.maximized === true;
  const primary = (displays.find((display) => display.primary) ?? displays[0])?.workArea;
  if (!primary) return { bounds: { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }, maximized };
  if (!saved.bounds) return { bounds: centredOn(primary), maximized };
  const savedBounds = saved.bounds;
  let best: { area: Rect; shown: number } | null = null;
  for (const { workArea } of displays) {
    const seen = overlap(savedBounds, workArea);
    const visible = seen.width >= Math.min(MIN_VISIBLE.width, savedBounds.width) && seen.height >= Math.min(MIN_VISIBLE.height, savedBounds.height);
    const shown = seen.width * seen.height;
    if (visible && (!best || shown > best.shown)) best = { area: workArea, shown };
  }
  return { bounds: best ? fittedInto(savedBounds, best.area) : centredOn(primary), maximized };
}

export interface WindowStateStore {
  read(): WindowState;
  write(state: WindowState): void;
}

export interface SaverOptions {
  store: WindowStateStore;
  delayMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface WindowStateSaver {
  /** Records a change; it is written once changes pause for the delay. */
  update(change: Partial<WindowState>): void;
  /** Writes a pending change now (the window is closing). */
  flush(): void;
}

/**
 * Saves the window's state a short while after it stops changing: dragging or resizing sends
 * dozens of events a second, and each would otherwise rewrite the file. Parts not changed (the
 * window's panel widths and open note) are kept as they were saved.
 */
export function createWindowStateSaver(options: SaverOptions): WindowStateSaver {
  const { store, delayMs = 500, setTimer = (callback, ms) => setTimeout(callback, ms), clearTimer = (timer) => clearTimeout(timer as NodeJS.Timeout) } = options;
  let pending: Partial<WindowState> | null = null;
  let timer: unknown = null;
  const flush = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (!pending) return;
    const change = pending;
    pending = null;
    store.write({ ...store.read(), ...change });
  };
  return {
    update(change) {
      pending = { ...pending, ...change };
      if (timer !== null) clearTimer(timer);
      timer = setTimer(flush, delayMs);
    },
    flush,
  };
}
