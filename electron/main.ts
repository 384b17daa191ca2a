import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { APP_ORIGIN } from '../common/urls';
import { startBackend, type Backend } from './services/bootstrap';
import { helperBeside, useImportHelper } from './services/import/importHelper';
import { resolveDataDir } from './services/workspace';
import { createElectronPrinter } from './shell/electronPrinter';
import { createElectronSettingsStore } from './shell/electronSettingsStore';
import { closeAfterSave } from './shell/closeAfterSave';
import { registerContract } from './shell/ipc';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { saveFileWithDialog } from './shell/saveFile';
import { chooseFileWithDialog } from './shell/openFile';
import { applySecurityPolicy } from './shell/security';

const appRoot = app.getAppPath();
const log = (message: string) => console.error(`[brieflink] ${message}`);

/** better-sqlite3 built for Electron's ABI, kept apart so plain-Node tools keep theirs. */
function electronSqliteBinding(): string | undefined {
  const candidate = path.join(appRoot, 'native', 'electron', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
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
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
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

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let backend: Backend | null = null;
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(() => {
    applySecurityPolicy();
    serveRenderer(path.join(appRoot, 'out', 'renderer'));
    useImportHelper(helperBeside(import.meta.url));
    backend = startBackend({
      host: 'electron',
      version: app.getVersion(),
      dataDir: resolveDataDir(app.getPath('userData')),
      builtInTemplatesDir: app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.join(appRoot, 'templates'),
      openSettings: createElectronSettingsStore,
      printer: createElectronPrinter(),
      deliverFile: saveFileWithDialog,
      chooseFile: chooseFileWithDialog,
      sqliteNativeBinding: electronSqliteBinding(),
      log,
    });
    registerContract(backend.handlers, log);
    createMainWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void backend?.close();
  });
}
