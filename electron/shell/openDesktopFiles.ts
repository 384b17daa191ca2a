import fs from 'node:fs';
import type { BrowserWindow } from 'electron';
import type { Handlers } from '../../common/contract';
import { OPENED_FILE_CHANNEL } from '../../common/desktopEvents';
import { createDesktopFileOpener, type DesktopFileOpener } from './desktopFiles';

/** Files from the desktop imported by the back end's handlers, the outcome told to the window once its page has loaded. */
export function desktopFileOpenerFor(window: BrowserWindow, handlers: Handlers, log: (message: string) => void): DesktopFileOpener {
  const opener = createDesktopFileOpener({
    handlers,
    fileSize: (file) => fs.statSync(file).size,
    readFile: (file) => fs.readFileSync(file),
    send(opened) {
      if (!window.isDestroyed()) window.webContents.send(OPENED_FILE_CHANNEL, opened);
    },
    log,
  });
  window.webContents.on('did-finish-load', () => opener.windowReady());
  return opener;
}
