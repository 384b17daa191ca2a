import type { BrowserWindow } from 'electron';

/** The parts of a window this needs, so the rule can be tested without Electron. */
export interface ClosableWindow {
  on(event: 'close', listener: () => void): unknown;
  webContents: {
    on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown;
    reload(): void;
  };
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseAfterSaveOptions {
  /** Asks whether to leave without the unsaved changes; true closes (or reloads) anyway. */
  askToDiscard(): boolean;
  retryMs?: number;
  /** How long the window may keep the unload back (its save running) before the user is asked. */
  askAfterMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => void;
}

/**
 * The window's autosave holds back an unload while a change is not yet saved, and starts
 * the save (its beforeunload handler). Electron then cancels the close or reload without a
 * word, so this tries it again shortly, until the save is done and the window lets it go.
 * If the window still holds it back after a few seconds (the save failed), the user decides.
 */
export function closeAfterSave(window: BrowserWindow | ClosableWindow, options: CloseAfterSaveOptions): void {
  const { askToDiscard, retryMs = 200, askAfterMs = 5000, now = Date.now, setTimer = (callback, ms) => void setTimeout(callback, ms) } = options;
  const win = window as ClosableWindow;
  // 'close' comes before the page's beforeunload; any other unload is a reload.
  let closing = false;
  // One episode of holds: a hold long after the last one starts a new episode.
  let heldSince = 0;
  let lastHeld = Number.NEGATIVE_INFINITY;
  win.on('close', () => {
    closing = true;
  });
  win.webContents.on('will-prevent-unload', (event) => {
    const retry = closing ? () => win.close() : () => win.webContents.reload();
    closing = false;
    const at = now();
    if (at - lastHeld > retryMs * 5) heldSince = at;
    lastHeld = at;
    if (at - heldSince < askAfterMs) {
      setTimer(() => {
        if (!win.isDestroyed()) retry();
      }, retryMs);
      return;
    }
    lastHeld = Number.NEGATIVE_INFINITY;
    // Ignoring the page's objection lets the close or reload go ahead.
    if (askToDiscard()) event.preventDefault();
  });
}
