import type { Rect } from '../../common/windowState';
import type { WindowStateSaver } from './windowState';

/** The parts of a BrowserWindow this needs, so it can be tested with a stand-in. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
}

/**
 * Keeps the saved state up with the window: its normal bounds (what it goes back to when no longer
 * maximised) and whether it is maximised. A minimised or full-screen window's bounds are not its
 * place to reopen at, so they are not taken. The last change is written as the window closes.
 */
export function rememberWindowState(window: TrackedWindow, saver: WindowStateSaver): void {
  const record = () => {
    if (window.isMinimized() || window.isFullScreen()) return;
    saver.update({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, record);
  window.on('close', () => {
    record();
    saver.flush();
  });
}
