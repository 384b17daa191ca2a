import { screen, type BrowserWindow } from 'electron';
import { rememberWindowState } from './rememberWindowState';
import { boundsToOpen, createWindowStateSaver, type OpeningBounds } from './windowState';
import { createWindowStateStore } from './windowStateStore';

export interface WindowPlacement {
  /** Where the main window opens: where it was, if that is still on a display. */
  opening: OpeningBounds;
  /** Remembers the window's place from now on. */
  track(window: BrowserWindow): void;
}

/** The main window's saved place, checked against the displays connected now. Needs the app ready (screen). */
export function windowPlacement(dataDir: string, log: (message: string) => void): WindowPlacement {
  const store = createWindowStateStore(dataDir, log);
  const primaryId = screen.getPrimaryDisplay().id;
  const displays = screen.getAllDisplays().map((display) => ({ workArea: display.workArea, primary: display.id === primaryId }));
  return {
    opening: boundsToOpen(store.read(), displays),
    track: (window) => rememberWindowState(window, createWindowStateSaver({ store })),
  };
}
