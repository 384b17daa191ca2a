import path from 'node:path';
import { app, session } from 'electron';
import { startBackend, type Backend } from './services/bootstrap';
import { helperBeside, useImportHelper } from './services/import/importHelper';
import { resolveDataDir } from './services/workspace';
import { runDesktop } from './shell/desktopLifecycle';
import { createElectronPrinter } from './shell/electronPrinter';
import { createElectronSettingsStore } from './shell/electronSettingsStore';
import { installMenuFor } from './shell/installMenu';
import { registerContract } from './shell/ipc';
import { createMainWindow } from './shell/mainWindow';
import { desktopFileOpenerFor } from './shell/openDesktopFiles';
import type { DesktopFileOpener } from './shell/desktopFiles';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { saveFileWithDialog } from './shell/saveFile';
import { chooseFileWithDialog } from './shell/openFile';
import { applySecurityPolicy } from './shell/security';
import { turnOffChromiumSpellchecker } from './shell/spellcheckSession';
import { showStartFailure } from './shell/startFailure';
import { sqliteForElectron } from './shell/sqliteForElectron';
import { unpackedUrl } from './shell/unpackedUrl';
import { windowPlacement } from './shell/windowPlacement';

const appRoot = app.getAppPath();
const log = (message: string) => console.error(`[brieflink] ${message}`);

registerAppScheme();
app.enableSandbox();

let backend: Backend | null = null;
let desktopFiles: DesktopFileOpener | null = null;
runDesktop(app, {
  start(userDataDir) {
    applySecurityPolicy();
    // Spelling is checked in the window with the app's own dictionaries; Chromium's would download its own.
    turnOffChromiumSpellchecker(session.defaultSession);
    serveRenderer(path.join(appRoot, 'out', 'renderer'), (pathname) => backend?.printPages.take(pathname));
    // The helper thread's files are unpacked from the archive in a package (electron-builder.yml).
    useImportHelper(helperBeside(unpackedUrl(import.meta.url)));
    const sqlite = sqliteForElectron(appRoot, process.versions.electron);
    const dataDir = resolveDataDir(userDataDir);
    backend = startBackend({
      host: 'electron',
      version: app.getVersion(),
      dataDir,
      builtInTemplatesDir: app.isPackaged ? path.join(process.resourcesPath, 'templates') : path.join(appRoot, 'templates'),
      openSettings: createElectronSettingsStore,
      printer: createElectronPrinter(),
      deliverFile: saveFileWithDialog,
      chooseFile: chooseFileWithDialog,
      sqliteNativeBinding: sqlite.binding,
      sqliteUnavailable: sqlite.unavailable,
      log,
    });
    registerContract(backend.handlers, log);
    const placement = windowPlacement(dataDir, log);
    const window = createMainWindow(appRoot, placement.opening);
    placement.track(window);
    installMenuFor(window, dataDir, log);
    desktopFiles = desktopFileOpenerFor(window, backend.handlers, log);
    return window;
  },
  openFiles: (files) => void desktopFiles?.open(files),
  stop() {
    void backend?.close();
  },
  reportStartFailure: (error) => showStartFailure(error, log),
});
