import path from 'node:path';
import { openableFile, openableFilesIn, type OpenableFile } from './openableFiles';

/** The parts of Electron's `app` the desktop's life cycle needs, so it can be tested without Electron. */
export interface LifecycleApp {
  setPath(name: 'userData', value: string): void;
  getPath(name: 'userData'): string;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<unknown>;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  on(event: 'open-file', listener: (event: { preventDefault(): void }, file: string) => void): unknown;
  on(event: 'window-all-closed' | 'will-quit', listener: () => void): unknown;
  quit(): void;
  exit(code: number): void;
}

/** The main window as the life cycle sees it. */
export interface LifecycleWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  on(event: 'closed', listener: () => void): unknown;
}

export interface DesktopParts<W extends LifecycleWindow> {
  /** Everything that needs the app ready: back end, protocol, IPC; returns the main window. */
  start(userDataDir: string): W | Promise<W>;
  /** Closes the back end when the app quits. */
  stop(): void;
  /** Tells the user why nothing opened (an error box: there is no window to show it in). */
  reportStartFailure(error: Error): void;
  /** Files from the desktop, handed over once `start` has made the window: this launch's, a second launch's, macOS's open-file. */
  openFiles?(files: OpenableFile[]): void;
  env?: NodeJS.ProcessEnv;
  /** This launch's command line and folder (process.argv and process.cwd() unless given). */
  argv?: readonly string[];
  cwd?: string;
}

/**
 * Runs the desktop app: one instance per data folder, the main window brought forward by a
 * second launch, the app quitting with its main window (the hidden print window must not keep
 * it alive), and a start that fails ending in a message and an exit instead of a process with
 * no window.
 */
export function runDesktop<W extends LifecycleWindow>(app: LifecycleApp, parts: DesktopParts<W>): void {
  const override = (parts.env ?? process.env).BRIEFLINK_DATA_DIR?.trim();
  // Before the lock: the lock lives in userData, so a second data folder is a second app
  // (tests beside a running Brieflink), and Chromium's profile stays with the workspace.
  if (override) app.setPath('userData', path.resolve(override));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: W | null = null;
  // Files come before the window exists (this launch's own, macOS's open-file on a double-click
  // that starts the app): they wait for it.
  let started = false;
  const waiting: OpenableFile[] = openableFilesIn(parts.argv ?? process.argv, parts.cwd ?? process.cwd());
  const hand = (files: OpenableFile[]) => {
    if (files.length === 0) return;
    if (started) parts.openFiles?.(files);
    else waiting.push(...files);
  };
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const openable = openableFile(file);
    if (openable) hand([openable]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    hand(openableFilesIn(argv ?? [], workingDirectory ?? process.cwd()));
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => parts.stop());

  app
    .whenReady()
    .then(() => parts.start(app.getPath('userData')))
    .then((window) => {
      mainWindow = window;
      started = true;
      hand(waiting.splice(0));
      window.on('closed', () => {
        mainWindow = null;
        app.quit();
      });
    })
    .catch((reason: unknown) => {
      parts.reportStartFailure(reason instanceof Error ? reason : new Error(String(reason)));
      app.exit(1);
    });
}
