import Store from 'electron-store';
import { messageOf } from '../../common/messageOf';
import { readWindowState, type WindowState } from '../../common/windowState';
import type { WindowStateStore } from './windowState';

/**
 * The window's state in window-state.json beside the workspace's settings, through electron-store,
 * apart from settings.json: it changes with every move of the window, preferences seldom. Losing
 * it costs only the window's place, so a damaged or unwritable file never stops the app: it is
 * read as nothing saved, and the state lives in memory until the file can be written.
 */
export function createWindowStateStore(dir: string, log: (message: string) => void): WindowStateStore {
  let store: Store<Record<string, unknown>> | null = null;
  try {
    // clearInvalidConfig: a file that is not JSON is started afresh rather than thrown.
    store = new Store<Record<string, unknown>>({ cwd: dir, name: 'window-state', clearInvalidConfig: true });
  } catch (error) {
    log(`The window's size and place will not be remembered: ${messageOf(error)}`);
  }
  let current: WindowState = readWindowState(store?.store);
  return {
    read: () => current,
    write(state) {
      current = state;
      try {
        if (store) store.store = state as Record<string, unknown>;
      } catch (error) {
        log(`Could not save the window's size and place: ${messageOf(error)}`);
      }
    },
  };
}
