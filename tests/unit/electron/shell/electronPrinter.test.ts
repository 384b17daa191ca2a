import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../common/result';
import { PRINT_CSP } from '../../../../common/print/printHtml';
import { printPageUrl, printRequestAllowed } from '../../../../electron/shell/printRequests';
import { queuedPrinter, type PrintSurface } from '../../../../electron/shell/printQueue';

/** Electron's session and BrowserWindow as the print window uses them; pages are "loaded" through the session's own handler and filter. */
const electron = vi.hoisted(() => {
  type Handler = (request: Request) => Response | Promise<Response>;
  type Filter = (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;
  const state = {
    partitions: [] as string[],
    handlers: new Map<string, Handler>(),
    filter: null as Filter | null,
    windows: [] as { options: { webPreferences: Record<string, unknown> }; loaded: string[]; history: number; destroyed: boolean; crash(): void }[],
    printing: 0,
    mostAtOnce: 0,
  };
  const allowed = (url: string) => new Promise<boolean>((resolve) => state.filter!({ url }, ({ cancel }) => resolve(!cancel)));
  const printSession = {
    protocol: {
      handle: (scheme: string, handler: Handler) => {
        if (state.handlers.has(scheme)) throw new Error(`${scheme} is already handled`);
        state.handlers.set(scheme, handler);
      },
    },
    webRequest: { onBeforeRequest: (filter: Filter) => (state.filter = filter) },
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
  };
  class BrowserWindow {
    loaded: string[] = [];
    destroyed = false;
    private gone: (() => void)[] = [];
    private page = '';
    history = 0;
    webContents = {
      on: (_event: string, listener: () => void) => this.gone.push(listener),
      navigationHistory: { clear: () => (this.history = 0) },
      printToPDF: async () => {
        state.printing++;
        state.mostAtOnce = Math.max(state.mostAtOnce, state.printing);
        await new Promise((resolve) => setTimeout(resolve, 1));
        state.printing--;
        return Buffer.from(`PDF of ${this.page}`);
      },
    };
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
    }
    async loadURL(url: string) {
      if (!(await allowed(url))) throw new Error(`ERR_BLOCKED_BY_CLIENT (${url})`);
      const response = await state.handlers.get(new URL(url).protocol.slice(0, -1))!(new Request(url));
      if (!response.ok) throw new Error(`ERR_FILE_NOT_FOUND (${url})`);
      expect(response.headers.get('Content-Security-Policy')).toBe(PRINT_CSP);
      this.page = await response.text();
      this.loaded.push(url);
      this.history++;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
    crash() {
      this.gone.forEach((listener) => listener());
    }
  }
  const session = {
    fromPartition: (partition: string) => {
      state.partitions.push(partition);
      return printSession;
    },
  };
  return { state, allowed, BrowserWindow, session };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, session: electron.session }));

describe('the print request filter', () => {
  const page = printPageUrl('0f1e2d3c-aaaa-4bbb-8ccc-123456789abc');

  it('lets through the page being printed and data: fonts and images, nothing else', () => {
    expect(printRequestAllowed(page, page)).toBe(true);
    expect(printRequestAllowed('data:font/woff2;base64,AAAA', page)).toBe(true);
    expect(printRequestAllowed(printPageUrl('another'), page)).toBe(false);
    expect(printRequestAllowed('brieflink://app/index.html', page)).toBe(false);
    expect(printRequestAllowed('https://example.org/tracker.png', page)).toBe(false);
    expect(printRequestAllowed('file:///etc/passwd', page)).toBe(false);
    expect(printRequestAllowed('not a url', page)).toBe(false);
  });

  it('compares the parts of the address, so a query or a differently spelled host does not matter', () => {
    expect(printRequestAllowed(page.replace('brieflink://print', 'BRIEFLINK://PRINT'), page)).toBe(true);
    expect(printRequestAllowed(`${page}?v=1`, page)).toBe(true);
  });
});

describe('queuedPrinter', () => {
  function surfaces() {
    const opened: { printed: string[]; destroyed: boolean; gone: boolean }[] = [];
    let active = 0;
    let mostAtOnce = 0;
    const open = (): PrintSurface => {
      const surface = { printed: [] as string[], destroyed: false, gone: false };
      opened.push(surface);
      return {
        async print(html) {
          active++;
          mostAtOnce = Math.max(mostAtOnce, active);
          await new Promise((resolve) => setTimeout(resolve, 1));
          active--;
          if (html === 'fail') throw new Error('the page did not load');
          surface.printed.push(html);
          return new TextEncoder().encode(html);
        },
        isGone: () => surface.gone,
        destroy: () => void (surface.destroyed = true),
      };
    };
    return { opened, open, mostAtOnce: () => mostAtOnce };
  }

  it('prints one after another, in order, on one surface', async () => {
    const { opened, open, mostAtOnce } = surfaces();
    const printer = queuedPrinter(open);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((html, index) => printer.print(html, index % 2 ? 'layout' : 'document')));
    expect(results.map((bytes) => new TextDecoder().decode(bytes))).toEqual(['a', 'b', 'c', 'd']);
    expect(opened).toHaveLength(1);
    expect(opened[0].printed).toEqual(['a', 'b', 'c', 'd']);
    expect(mostAtOnce()).toBe(1);
  });

  it('a failed print is an EXPORT_FAILED error; the next print works, on a fresh surface', async () => {
    const { opened, open } = surfaces();
    const printer = queuedPrinter(open);
    const failed = printer.print('fail');
    const next = printer.print('after');
    await expect(failed).rejects.toThrow(AppError);
    await expect(failed).rejects.toThrow('The PDF could not be printed: the page did not load');
    expect(new TextDecoder().decode(await next)).toBe('after');
    expect(opened.map((surface) => surface.destroyed)).toEqual([true, false]);
  });

  it('replaces a surface that went away, and close() releases it', async () => {
    const { opened, open } = surfaces();
    const printer = queuedPrinter(open);
    await printer.print('one');
    opened[0].gone = true;
    await printer.print('two');
    expect(opened).toHaveLength(2);
    expect(opened[0].destroyed).toBe(true);
    await printer.close();
    expect(opened[1].destroyed).toBe(true);
  });
});

describe('createElectronPrinter', () => {
  beforeEach(() => {
    vi.resetModules();
    Object.assign(electron.state, { partitions: [], handlers: new Map(), filter: null, windows: [], printing: 0, mostAtOnce: 0 });
  });

  it('uses one in-memory print session and one hidden window for every print, one print at a time', async () => {
    const { createElectronPrinter } = await import('../../../../electron/shell/electronPrinter');
    const printer = createElectronPrinter();
    const pdfs = await Promise.all([printer.print('<p>first</p>'), printer.print('<p>count</p>', 'layout'), printer.print('<p>third</p>')]);
    expect(pdfs.map((pdf) => Buffer.from(pdf).toString())).toEqual(['PDF of <p>first</p>', 'PDF of <p>count</p>', 'PDF of <p>third</p>']);
    expect(electron.state.partitions).toEqual(['brieflink-print']);
    expect(electron.state.windows).toHaveLength(1);
    expect(electron.state.mostAtOnce).toBe(1);
    const [window] = electron.state.windows;
    expect(window.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, disableBlinkFeatures: 'Auxclick' });
    expect(window.options.webPreferences.preload).toBeUndefined();
    // Each print is its own page of the app's scheme; none is a file.
    expect(window.loaded).toHaveLength(3);
    for (const url of window.loaded) expect(url).toMatch(/^brieflink:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(new Set(window.loaded).size).toBe(3);
    // The window's history does not grow with the prints.
    expect(window.history).toBe(0);
  });

  it('serves nothing between prints, and never anything but the page being printed', async () => {
    const { createElectronPrinter } = await import('../../../../electron/shell/electronPrinter');
    const printer = createElectronPrinter();
    await printer.print('<p>secret</p>');
    const [printed] = electron.state.windows[0].loaded;
    expect(await electron.allowed(printed)).toBe(false);
    expect((await electron.state.handlers.get('brieflink')!(new Request(printed))).status).toBe(404);
    expect(await electron.allowed('https://example.org/')).toBe(false);
  });

  it('opens a new window after the renderer died, in the same session', async () => {
    const { createElectronPrinter } = await import('../../../../electron/shell/electronPrinter');
    const printer = createElectronPrinter();
    await printer.print('<p>one</p>');
    electron.state.windows[0].crash();
    await printer.print('<p>two</p>');
    expect(electron.state.windows).toHaveLength(2);
    expect(electron.state.windows[0].destroyed).toBe(true);
    expect(electron.state.partitions).toEqual(['brieflink-print']);
    await printer.close();
    expect(electron.state.windows[1].destroyed).toBe(true);
  });
});
