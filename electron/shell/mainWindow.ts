import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { APP_ORIGIN } from '../../common/urls';
import { closeAfterSave } from './closeAfterSave';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type OpeningBounds } from './windowState';

/** The editor's window: the renderer from brieflink://app/, sandboxed, reaching the back end only through the preload's contract functions. */
export function createMainWindow(appRoot: string, place?: OpeningBounds): BrowserWindow {
  const window = new BrowserWindow({
    // Where it was last (electron/shell/windowState.ts), or the default size centred.
    ...(place ? place.bounds : { ...DEFAULT_WINDOW_SIZE, center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Brieflink',
    show: false,
    webPreferences: {
      preload: path.join(appRoot, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The window checks spelling itself (renderer/spelling/); Chromium's checker stays off.
      spellcheck: false,
      // A middle click on a link would otherwise ask for a new window without going through a click handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    if (place?.maximized) window.maximize();
    window.show();
  });
  closeAfterSave(window, {
    askToDiscard: () =>
      dialog.showMessageBoxSync(window, {
        type: 'warning',
        message: 'Your last changes are not saved yet.',
        detail: 'Brieflink has been trying to save them for 5 seconds; the status line above the note says whether a save failed. Closing now loses them.',
        buttons: ['Keep the window open', 'Close without saving'],
        defaultId: 0,
        cancelId: 0,
      }) === 1,
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
