import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppError } from '../../../common/result';
import { CHROMIUM_ARGS, findChromium } from './findChromium';

/**
 * What a print is for. 'document' is a file someone reads: tagged (a structure tree for
 * screen readers) and with an outline. 'layout' only tells where pages break (the live page
 * count): the tag tree and outline describe the same layout, and leaving them out makes a
 * long note's print about a third quicker.
 */
export type PrintPurpose = 'document' | 'layout';

/** Turns a print document (see common/print/printHtml) into PDF bytes. */
export interface PdfPrinter {
  print(html: string, purpose?: PrintPurpose): Promise<Uint8Array>;
  /** Releases the browser; a later print starts a new one. */
  close(): Promise<void>;
}

const LAUNCH_TIMEOUT_MS = 30_000;
const LOAD_TIMEOUT_MS = 30_000;

/** The first line of an error's message, for a user-facing explanation (Playwright appends long logs). */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() ?? '';
}

function exportFailed(what: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = firstLine(error);
  return new AppError('EXPORT_FAILED', detail ? `${what}: ${detail}` : what);
}

/** A fresh, never-used page in a context of its own, locked down for printing. */
interface PrintSlot {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

async function openSlot(browser: Browser): Promise<PrintSlot> {
  let context: BrowserContext;
  try {
    context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
  } catch (error) {
    throw exportFailed('Chromium could not open a page to print on', error);
  }
  try {
    const page = await context.newPage();
    // The document arrives through setContent, which makes no request; anything the page
    // asks for (stylesheets, images, fonts or frames by URL) is refused. data: URLs are not requests.
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    return { browser, context, page };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw exportFailed('Chromium could not open a page to print on', error);
  }
}

function discard(slot: Promise<PrintSlot>): void {
  slot.then((ready) => ready.context.close()).catch(() => undefined);
}

/**
 * A printer backed by headless Chromium through playwright-core: the same print engine as
 * Electron's printToPDF, for the browser host, the CLI and tests.
 *
 * The browser starts on the first print (once, however many prints wait for it) and stays up
 * for later ones; it starts again if it went away. Every print gets a new context with
 * scripts disabled and no network, closed afterwards. Opening a page is the slow part of a
 * warm print (a renderer process starts), so after each print the next print's context and
 * page are opened in the background: a spare that no document has touched yet.
 */
export function createPlaywrightPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  /** The running (or starting) browser; shared, so concurrent prints launch it once. */
  let browserPromise: Promise<Browser> | undefined;
  /** A context and page opened ahead of the next print. */
  let spare: { browser: Browser; slot: Promise<PrintSlot> } | undefined;

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

  async function print(html: string, purpose: PrintPurpose = 'document'): Promise<Uint8Array> {
    const browser = await getBrowser();
    const { context, page } = await takeSlot(browser);
    try {
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      } catch (error) {
        throw exportFailed('Chromium could not lay out the note for printing', error);
      }
      let pdf: Uint8Array;
      try {
        const document = purpose === 'document';
        pdf = await page.pdf({ tagged: document, outline: document, preferCSSPageSize: true, printBackground: true });
      } catch (error) {
        throw exportFailed('Chromium could not make the PDF', error);
      }
      // A plain Uint8Array of its own (not a Node Buffer, which may share a larger pool).
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => undefined);
      prepareSpare(browser);
    }
  }

  async function close(): Promise<void> {
    const current = browserPromise;
    browserPromise = undefined;
    const leftover = spare;
    spare = undefined;
    if (leftover) discard(leftover.slot);
    if (!current) return;
    const browser = await current.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  return { print, close };
}
