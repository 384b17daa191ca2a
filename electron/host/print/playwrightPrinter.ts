import type { Browser } from 'playwright-core';
import type { PdfPrinter, PrintPurpose } from '../../services/ports/pdfPrinter';
import { CHROMIUM_ARGS, findChromium } from './findChromium';
import { openLayoutPage, type LayoutPage } from './layoutPage';
import { exportFailed, openSlot, printPage, setDocument, type PrintSlot } from './printSlot';

const LAUNCH_TIMEOUT_MS = 30_000;
/** Documents one page prints before it is closed and a new one opened, so nothing a long session leaves in a page builds up. */
const WARM_PRINTS = 50;

function discard(slot: Promise<PrintSlot>): void {
  slot.then((ready) => ready.context.close()).catch(() => undefined);
}

/**
 * A printer backed by headless Chromium through playwright-core: the same print engine as
 * Electron's printToPDF, for the browser host, the CLI and tests.
 *
 * The browser starts on the first print (once, however many prints wait for it) and stays up
 * for later ones; it starts again if it went away. Document prints are made in a context
 * with scripts disabled and no network. Opening a page is the slow part of a warm print (a
 * renderer process starts), so a page that printed is kept for the next print, whose
 * document replaces its own (see keepWarm); when a print cannot keep its page (it failed, or
 * a spare is there already), its context is closed and a spare is opened in the background
 * if there is none.
 *
 * Layout prints (the live page count, asked for after every pause in typing) are made one at
 * a time on one long-lived page instead, locked down the same way, whose document is patched
 * from one print to the next (see layoutPage.ts): no renderer to start, and the fonts stay
 * loaded.
 */
export function createPlaywrightPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  /** The running (or starting) browser; shared, so concurrent prints launch it once. */
  let browserPromise: Promise<Browser> | undefined;
  /** A context and page opened ahead of the next print. */
  let spare: { browser: Browser; slot: Promise<PrintSlot> } | undefined;
  /** The page layout prints are made on, once opened (or being opened). */
  let layoutPage: Promise<LayoutPage> | undefined;
  /** The end of the line of layout prints: each waits for the one before. */
  let layoutQueue: Promise<unknown> = Promise.resolve();
  /** How many documents each kept page has printed. */
  const printsOn = new WeakMap<PrintSlot, number>();

  function launch(): Promise<Browser> {
    const starting = (async () => {
      const executablePath = options.executablePath ?? findChromium();
      let browser: Browser;
      try {
        // Loaded on first print: playwright-core takes half a second to load, which start-up need not pay.
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
          executablePath,
          headless: true,
          args: [...CHROMIUM_ARGS],
          timeout: LAUNCH_TIMEOUT_MS,
        });
      } catch (error) {
        throw exportFailed(`Could not start Chromium (${executablePath}) to make the PDF`, error);
      }
      browser.on('disconnected', () => {
        if (browserPromise === starting) browserPromise = undefined;
        if (spare?.browser === browser) spare = undefined;
      });
      return browser;
    })();
    browserPromise = starting;
    // A failed launch is not kept: the next print tries again.
    starting.catch(() => {
      if (browserPromise === starting) browserPromise = undefined;
    });
    return starting;
  }

  async function getBrowser(): Promise<Browser> {
    const current = browserPromise;
    if (current) {
      const browser = await current;
      if (browser.isConnected()) return browser;
      if (browserPromise === current) browserPromise = undefined;
    }
    return browserPromise ?? launch();
  }

  /** The spare slot if it belongs to this browser, otherwise a new one. */
  async function takeSlot(browser: Browser): Promise<PrintSlot> {
    const taken = spare;
    spare = undefined;
    if (taken && taken.browser === browser && browser.isConnected()) {
      try {
        const slot = await taken.slot;
        if (!slot.page.isClosed()) return slot;
        await slot.context.close().catch(() => undefined);
      } catch {
        // The spare could not be opened; open one now, and report that failure if it repeats.
      }
    } else if (taken) {
      discard(taken.slot);
    }
    return openSlot(browser);
  }

  function prepareSpare(browser: Browser): void {
    if (spare || !browser.isConnected() || browserPromise === undefined) return;
    const slot = openSlot(browser);
    slot.catch(() => undefined);
    spare = { browser, slot };
  }

  /** Starts opening a layout page on this browser, for the next layout print to take. */
  function openLayoutPageOn(browser: Browser): Promise<LayoutPage> {
    const opening = openLayoutPage(browser);
    layoutPage = opening;
    opening.catch(() => {
      if (layoutPage === opening) layoutPage = undefined;
    });
    return opening;
  }

  /** The layout page of this browser, opened if there is none that can still print. Only called in the line of layout prints. */
  async function takeLayoutPage(browser: Browser): Promise<LayoutPage> {
    const current = await layoutPage?.catch(() => undefined);
    if (current?.browser === browser && current.usable()) return current;
    void current?.close();
    return openLayoutPageOn(browser);
  }

  async function printLayout(html: string, fromPage = 1): Promise<Uint8Array> {
    const browser = await getBrowser();
    const page = await takeLayoutPage(browser);
    try {
      return await page.print(html, fromPage);
    } finally {
      // A page that is done (it failed, or printed its share) is replaced now, not when the next count waits for it.
      if (!page.usable() && browser.isConnected() && browserPromise !== undefined) {
        void page.close();
        openLayoutPageOn(browser);
      }
      prepareSpare(browser);
    }
  }

  /** Layout prints wait in line for the layout page. */
  function queueLayout(html: string, fromPage: number): Promise<Uint8Array> {
    const printed = layoutQueue.then(() => printLayout(html, fromPage));
    layoutQueue = printed.catch(() => undefined);
    return printed;
  }

  /**
   * Keeps a page that printed as the spare, when there is none: its next document replaces
   * the whole of this one, so a print right after another starts on a warm page instead of
   * waiting for a renderer to start. A page is kept for WARM_PRINTS prints, then replaced.
   */
  function keepWarm(browser: Browser, slot: PrintSlot): boolean {
    const uses = (printsOn.get(slot) ?? 0) + 1;
    if (spare || uses >= WARM_PRINTS || slot.page.isClosed() || !browser.isConnected() || browserPromise === undefined) return false;
    printsOn.set(slot, uses);
    spare = { browser, slot: Promise.resolve(slot) };
    return true;
  }

  async function print(html: string, purpose: PrintPurpose = 'document'): Promise<Uint8Array> {
    if (purpose === 'layout') return queueLayout(html, 1);
    const browser = await getBrowser();
    const slot = await takeSlot(browser);
    let printed = false;
    try {
      await setDocument(slot.page, html);
      const bytes = await printPage(slot.page, purpose);
      printed = true;
      return bytes;
    } finally {
      // A page that failed is closed: the next print gets a new one.
      if (!(printed && keepWarm(browser, slot))) await slot.context.close().catch(() => undefined);
      prepareSpare(browser);
    }
  }

  async function close(): Promise<void> {
    const current = browserPromise;
    browserPromise = undefined;
    const leftover = spare;
    spare = undefined;
    if (leftover) discard(leftover.slot);
    const layout = layoutPage;
    layoutPage = undefined;
    void layout?.then((page) => page.close()).catch(() => undefined);
    if (!current) return;
    const browser = await current.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  return { print, printTail: queueLayout, close };
}
