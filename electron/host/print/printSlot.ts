import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppError } from '../../../common/result';
import type { PrintPurpose } from '../../services/ports/pdfPrinter';
import { messageOf } from '../../../common/messageOf';

/** The first line of an error's message, for a user-facing explanation (Playwright appends long logs). */
function firstLine(error: unknown): string {
  const message = messageOf(error);
  return message.split('\n')[0]?.trim() ?? '';
}

/** An EXPORT_FAILED error saying what could not be done and, briefly, why. */
export function exportFailed(what: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = firstLine(error);
  return new AppError('EXPORT_FAILED', detail ? `${what}: ${detail}` : what);
}

/** A page in a context of its own, locked down for printing. */
export interface PrintSlot {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * Opens a print page: scripts disabled, offline, no service workers or downloads, and every
 * request refused. Documents arrive through setContent or the DevTools protocol, which make
 * no request; anything the page asks for (stylesheets, images, fonts or frames by URL) is
 * refused. data: URLs are not requests.
 */
export async function openSlot(browser: Browser): Promise<PrintSlot> {
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
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    return { browser, context, page };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw exportFailed('Chromium could not open a page to print on', error);
  }
}

const LOAD_TIMEOUT_MS = 30_000;

/** Replaces the page's whole document with `html`, waiting for it to load. */
export async function setDocument(page: Page, html: string): Promise<void> {
  try {
    await page.setContent(html, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  } catch (error) {
    throw exportFailed('Chromium could not lay out the note for printing', error);
  }
}

/**
 * The page's document printed by Chromium's print engine, with the CSS page size: every page,
 * or from page `fromPage` to the end (Chromium lays out the whole document either way, and
 * fails when it has fewer pages).
 */
export async function printPage(page: Page, purpose: PrintPurpose, fromPage = 1): Promise<Uint8Array> {
  let pdf: Uint8Array;
  try {
    const document = purpose === 'document';
    const pageRanges = fromPage > 1 ? `${fromPage}-` : '';
    pdf = await page.pdf({ tagged: document, outline: document, preferCSSPageSize: true, printBackground: true, pageRanges });
  } catch (error) {
    throw exportFailed('Chromium could not make the PDF', error);
  }
  // A plain Uint8Array of its own (not a Node Buffer, which may share a larger pool).
  return new Uint8Array(pdf);
}
