import { describe, expect, it, vi } from 'vitest';

/** The parts of Electron the window and the scheme are made with, recording what they are given. */
const electron = vi.hoisted(() => {
  const state = { schemes: [] as unknown[], errorBoxes: [] as string[][], windows: [] as { options: { webPreferences: Record<string, unknown> }; url?: string }[] };
  class BrowserWindow {
    url?: string;
    webContents = { on: () => {}, reload: () => {} };
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
    }
    once() {}
    on() {}
    async loadURL(url: string) {
      this.url = url;
    }
  }
  return { state, BrowserWindow, protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes) } };
});
vi.mock('electron', () => ({
  BrowserWindow: electron.BrowserWindow,
  dialog: { showErrorBox: (title: string, content: string) => electron.state.errorBoxes.push([title, content]) },
  protocol: electron.protocol,
}));

describe('the Electron shell', () => {
  it('registers brieflink: like https, with V8’s code cache so starts after the first do not compile the renderer again', async () => {
    const { registerAppScheme } = await import('../../../../electron/shell/protocol');
    registerAppScheme();
    expect(electron.state.schemes).toEqual([{ scheme: 'brieflink', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('makes the main window sandboxed, isolated, without Node, without middle-click windows and without Chromium\'s spellchecker', async () => {
    const { createMainWindow } = await import('../../../../electron/shell/mainWindow');
    createMainWindow('/opt/brieflink');
    const [window] = electron.state.windows;
    expect(window.url).toBe('brieflink://app/index.html');
    expect(window.options.webPreferences).toMatchObject({
      preload: expect.stringMatching(/out[/\\]preload[/\\]index\.cjs$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('opens the main window where it was saved, or at the default size centred, never below the minimum size', async () => {
    const { createMainWindow } = await import('../../../../electron/shell/mainWindow');
    const before = electron.state.windows.length;
    createMainWindow('/opt/brieflink', { bounds: { x: 2100, y: 120, width: 1600, height: 1000 }, maximized: false });
    createMainWindow('/opt/brieflink');
    const [placed, fresh] = electron.state.windows.slice(before).map((window) => window.options as unknown as Record<string, unknown>);
    expect(placed).toMatchObject({ x: 2100, y: 120, width: 1600, height: 1000, minWidth: 800, minHeight: 560 });
    expect(placed).not.toHaveProperty('center');
    expect(fresh).toMatchObject({ width: 1400, height: 900, center: true, minWidth: 800, minHeight: 560 });
    expect(fresh).not.toHaveProperty('x');
  });

  it('a start that failed is told in an error box and in the log', async () => {
    const { showStartFailure } = await import('../../../../electron/shell/startFailure');
    const logged: string[] = [];
    showStartFailure(new Error('EACCES: permission denied, mkdir /home/me/.config/Brieflink'), (line) => logged.push(line));
    expect(electron.state.errorBoxes).toEqual([['Brieflink could not start', expect.stringMatching(/^EACCES: permission denied, mkdir/)]]);
    expect(logged[0]).toMatch(/^Could not start: Error: EACCES/);
  });
});
