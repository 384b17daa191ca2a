import type { Browser, CDPSession } from 'playwright-core';
import { exportFailed, openSlot, printPage, setDocument, type PrintSlot } from './printSlot';

/**
 * Prints made on one layout page before it is replaced by a fresh one, so whatever a
 * renderer accumulates over a long session (caches, fragmented memory) stays bounded.
 */
export const PRINTS_PER_LAYOUT_PAGE = 200;

/** A document in standards mode: DOM patching keeps the loaded document's doctype. */
const STANDARDS_DOCTYPE = /^\s*<!doctype html>/i;

/**
 * The one page that layout prints (the live page count) are made on, kept between prints.
 * It is a print slot like any other (scripts disabled, offline, every request refused); what
 * is kept is the renderer process, warm, and the loaded document's unchanged parts.
 *
 * The first document is loaded with setContent. Each later one replaces the whole document
 * through the DevTools protocol's DOM.setOuterHTML on the <html> element, which parses the
 * new markup as a complete document (no script runs: the page has none enabled) and patches
 * the live document to equal it, keeping the nodes whose markup did not change. So the
 * <head> with its inlined @font-face fonts stays loaded from one print of a note to the next,
 * and only the body is rebuilt; a changed head (another template, a new font subset) is
 * patched too. The result is the new document exactly: nothing of the previous one remains
 * that the layout could depend on (tests/unit/layoutPage.test.ts compares with fresh prints).
 *
 * Not safe for concurrent use: one print at a time (the printer queues them).
 */
export interface LayoutPage {
  readonly browser: Browser;
  /** False after a failure or PRINTS_PER_LAYOUT_PAGE prints: close it and open another. */
  usable(): boolean;
  /** A layout print of `html`: every page, or from page `fromPage` to the end. */
  print(html: string, fromPage?: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

async function openSession(slot: PrintSlot): Promise<CDPSession> {
  try {
    return await slot.context.newCDPSession(slot.page);
  } catch (error) {
    await slot.context.close().catch(() => undefined);
    throw exportFailed('Chromium could not open a page to print on', error);
  }
}

export async function openLayoutPage(browser: Browser): Promise<LayoutPage> {
  const slot = await openSlot(browser);
  const session = await openSession(slot);
  let printed = 0;
  let failed = false;
  /** Whether the page holds a standards-mode document that a patch may replace. */
  let patchable = false;

  /** Replaces the page's document by `html`. */
  async function load(html: string): Promise<void> {
    const standards = STANDARDS_DOCTYPE.test(html);
    if (patchable && standards) {
      try {
        const { root } = await session.send('DOM.getDocument', { depth: 1 });
        const element = root.children?.find((node) => node.nodeName === 'HTML');
        if (element) {
          await session.send('DOM.setOuterHTML', { nodeId: element.nodeId, outerHTML: html });
          return;
        }
      } catch (error) {
        throw exportFailed('Chromium could not lay out the note for printing', error);
      }
    }
    await setDocument(slot.page, html);
    patchable = standards;
  }

  return {
    browser,
    usable: () => !failed && printed < PRINTS_PER_LAYOUT_PAGE && !slot.page.isClosed() && browser.isConnected(),
    async print(html, fromPage = 1) {
      printed++;
      let loaded = false;
      try {
        await load(html);
        loaded = true;
        return await printPage(slot.page, 'layout', fromPage);
      } catch (error) {
        // A page left in an unknown state is not printed on again; asking for pages past the
        // end of the document (only possible with fromPage) leaves it as it was.
        if (!loaded || fromPage === 1) failed = true;
        throw error;
      }
    },
    async close() {
      await slot.context.close().catch(() => undefined);
    },
  };
}
