import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { AppError } from '../../../common/result';
import { CHROMIUM_ARGS, findChromium } from './findChromium';

/** Turns a print document (see common/print/printHtml) into PDF bytes. */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
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

/**
 * A printer backed by headless Chromium through playwright-core: the same print engine as
 * Electron's printToPDF, for the browser host, the CLI and tests. The browser starts on the
 * first print and stays up for later ones; it starts again if it went away. Each print runs in
 * its own context with scripts disabled and no network.
 */
export function createPlaywrightPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  /** The running (or starting) browser; shared, so concurrent prints launch it once. */
  let browserPromise: Promise<Browser> | undefined;

  function launch(): Promise<Browser> {
    const starting = (async () => {
      const executablePath = options.executablePath ?? findChromium();
      let browser: Browser;
      try {
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
      });
      return browser;
    })();
    browserPromise = starting;
    // A failed launch is not cached: the next print tries again.
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

  async function print(html: string): Promise<Uint8Array> {
    const browser = await getBrowser();
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
      // asks for (stylesheets, images, fonts by URL) is refused. data: URLs are not requests.
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      } catch (error) {
        throw exportFailed('Chromium could not lay out the note for printing', error);
      }
      let pdf: Uint8Array;
      try {
        pdf = await page.pdf({ tagged: true, outline: true, preferCSSPageSize: true, printBackground: true });
      } catch (error) {
        throw exportFailed('Chromium could not make the PDF', error);
      }
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      throw exportFailed('Chromium could not print the note', error);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async function close(): Promise<void> {
    const current = browserPromise;
    browserPromise = undefined;
    if (!current) return;
    const browser = await current.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  return { print, close };
}
