import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDesktop, type LifecycleApp, type LifecycleWindow } from '../../../../electron/shell/desktopLifecycle';
import type { OpenableFile } from '../../../../electron/shell/openableFiles';

type Listener = (...args: unknown[]) => void;

/** Electron's app as the life cycle uses it, recording what is done to it in order. */
function fakeApp(options: { lock?: boolean } = {}) {
  const calls: string[] = [];
  const listeners = new Map<string, Listener[]>();
  let userData = '/home/me/.config/Brieflink';
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const app: LifecycleApp = {
    setPath: (_name, value) => {
      calls.push(`setPath ${value}`);
      userData = value;
    },
    getPath: () => userData,
    requestSingleInstanceLock: () => {
      calls.push(`lock ${userData}`);
      return options.lock ?? true;
    },
    whenReady: () => readyPromise,
    on: ((event: string, listener: Listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener])) as LifecycleApp['on'],
    quit: () => calls.push('quit'),
    exit: (code) => calls.push(`exit ${code}`),
  };
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((listener) => listener(...args));
  /** Lets the promise chain after `whenReady` run to its end. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { app, calls, emit, ready: async () => (ready(), settle()) };
}

function fakeWindow(name: string, calls: string[]): LifecycleWindow & { close(): void } {
  const closed: Listener[] = [];
  let destroyed = false;
  return {
    isDestroyed: () => destroyed,
    isMinimized: () => true,
    restore: () => calls.push(`restore ${name}`),
    show: () => calls.push(`show ${name}`),
    focus: () => calls.push(`focus ${name}`),
    on: (_event, listener) => closed.push(listener as Listener),
    close: () => {
      destroyed = true;
      closed.forEach((listener) => listener());
    },
  };
}

describe('the desktop life cycle', () => {
  it('takes the single-instance lock in the BRIEFLINK_DATA_DIR folder, so a second data folder runs beside a running Brieflink', async () => {
    const { app, calls, ready } = fakeApp();
    const started: string[] = [];
    runDesktop(app, {
      env: { BRIEFLINK_DATA_DIR: ' /tmp/test-data ' },
      start: (dir) => (started.push(dir), fakeWindow('main', calls)),
      stop: () => {},
      reportStartFailure: () => {},
    });
    expect(calls.slice(0, 2)).toEqual([`setPath ${path.resolve('/tmp/test-data')}`, `lock ${path.resolve('/tmp/test-data')}`]);
    await ready();
    expect(started).toEqual([path.resolve('/tmp/test-data')]);
  });

  it('keeps Electron’s own folder without BRIEFLINK_DATA_DIR, and quits when another instance holds the lock', async () => {
    const { app, calls, ready } = fakeApp({ lock: false });
    let starts = 0;
    runDesktop(app, { env: {}, start: () => (starts++, fakeWindow('main', calls)), stop: () => {}, reportStartFailure: () => {} });
    await ready();
    expect(calls).toEqual(['lock /home/me/.config/Brieflink', 'quit']);
    expect(starts).toBe(0);
  });

  it('a second launch brings the main window forward, not whichever window Electron lists first', async () => {
    const { app, calls, emit, ready } = fakeApp();
    emit('second-instance'); // before the window exists: nothing to do, nothing thrown
    runDesktop(app, { env: {}, start: () => fakeWindow('main', calls), stop: () => {}, reportStartFailure: () => {} });
    emit('second-instance');
    await ready();
    emit('second-instance');
    expect(calls.filter((call) => !call.startsWith('lock'))).toEqual(['restore main', 'show main', 'focus main']);
  });

  it('quits when the main window closes, though the hidden print window is still open', async () => {
    const { app, calls, ready } = fakeApp();
    const main = fakeWindow('main', calls);
    runDesktop(app, { env: {}, start: () => main, stop: () => {}, reportStartFailure: () => {} });
    await ready();
    main.close();
    expect(calls).toContain('quit');
  });

  it('a start that throws shows why and exits instead of leaving a process without a window', async () => {
    const { app, calls, ready } = fakeApp();
    const reported: Error[] = [];
    runDesktop(app, {
      env: {},
      start: () => {
        throw new Error('settings.json is not readable');
      },
      stop: () => {},
      reportStartFailure: (error) => reported.push(error),
    });
    await ready();
    expect(reported.map((error) => error.message)).toEqual(['settings.json is not readable']);
    expect(calls).toContain('exit 1');
  });

  it('an asynchronous failure and a thrown non-Error are reported too', async () => {
    const { app, calls, ready } = fakeApp();
    const reported: string[] = [];
    runDesktop(app, {
      env: {},
      start: () => Promise.reject('protocol already registered'),
      stop: () => {},
      reportStartFailure: (error) => reported.push(error.message),
    });
    await ready();
    expect(reported).toEqual(['protocol already registered']);
    expect(calls).toContain('exit 1');
  });

  it('closes the back end when the app quits', async () => {
    const { app, calls, emit, ready } = fakeApp();
    let stopped = 0;
    runDesktop(app, { env: {}, start: () => fakeWindow('main', calls), stop: () => stopped++, reportStartFailure: () => {} });
    await ready();
    emit('will-quit');
    expect(stopped).toBe(1);
  });

  it('hands this launch’s files, macOS’s open-file and a second launch’s files to the app once its window is there', async () => {
    const { app, calls, emit, ready } = fakeApp();
    const opened: OpenableFile[][] = [];
    let prevented = 0;
    runDesktop(app, {
      env: {},
      argv: ['/opt/Brieflink/brieflink', '--no-sandbox', 'Brief.brieflink-note.json', 'notes.odt'],
      cwd: '/home/me',
      start: () => fakeWindow('main', calls),
      stop: () => {},
      reportStartFailure: () => {},
      openFiles: (files) => opened.push(files),
    });
    // macOS hands a double-clicked file over before the app is ready.
    emit('open-file', { preventDefault: () => prevented++ }, '/Users/me/release.pdf');
    emit('open-file', { preventDefault: () => prevented++ }, '/Users/me/photo.png');
    expect(opened).toEqual([]);
    await ready();
    expect(prevented).toBe(2);
    expect(opened).toEqual([
      [
        { path: '/home/me/Brief.brieflink-note.json', kind: 'sharedNote' },
        { path: '/Users/me/release.pdf', kind: 'libraryImport' },
      ],
    ]);
    emit('second-instance', {}, ['/opt/Brieflink/brieflink', '--original-process-start-time=1', 'Other.brieflink-note.json'], '/tmp/downloads');
    expect(opened[1]).toEqual([{ path: '/tmp/downloads/Other.brieflink-note.json', kind: 'sharedNote' }]);
    // The window still comes forward.
    expect(calls.slice(-3)).toEqual(['restore main', 'show main', 'focus main']);
    emit('second-instance', {}, ['/opt/Brieflink/brieflink'], '/tmp');
    expect(opened).toHaveLength(2);
  });
});
