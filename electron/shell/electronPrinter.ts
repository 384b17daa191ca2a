import crypto from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { PRINT_CSP } from '../../common/print/printHtml';
import { APP_SCHEME } from '../../common/urls';
import type { PdfPrinter } from '../services/ports/pdfPrinter';
import { printPageUrl, printRequestAllowed } from './printRequests';
import { queuedPrinter, type PrintSurface } from './printQueue';

/** No "persist:" prefix: the print session lives in memory, one for the whole run. */
const PRINT_PARTITION = 'brieflink-print';

/**
 * The page being printed, served from memory by the print session's own brieflink: handler.
 * Not a data: URL: Chromium refuses URLs over 2 MB, and a note's print page carries its fonts
 * and images inline. Not a temporary file: no file:// page, nothing left on disk.
 */
interface PrintPages {
  session: Session;
  /** Makes `html` the page to print; returns its address. */
  show(html: string): string;
  clear(): void;
}

let printPages: PrintPages | undefined;

/** Made once per run: Electron never frees a partition's session, so every print shares this one. */
function openPrintPages(): PrintPages {
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  let current: { url: string; html: string } | null = null;
  printSession.protocol.handle(APP_SCHEME, (request) => {
    if (!current || !printRequestAllowed(request.url, current.url)) return new Response('Not found', { status: 404 });
    return new Response(current.html, {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff' },
    });
  });
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !current || !printRequestAllowed(details.url, current.url) }));
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  return {
    session: printSession,
    show(html) {
      current = { url: printPageUrl(crypto.randomUUID()), html };
      return current.url;
    },
    clear() {
      current = null;
    },
  };
}

/** The hidden print window: no scripts, no preload, and nothing to load but the page it prints. */
function openPrintWindow(): PrintSurface {
  printPages ??= openPrintPages();
  const pages = printPages;
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, session: pages.session, disableBlinkFeatures: 'Auxclick' },
  });
  let gone = false;
  window.webContents.on('render-process-gone', () => {
    gone = true;
  });
  return {
    async print(html, purpose) {
      try {
        await window.loadURL(pages.show(html));
        const pdf = await window.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: purpose === 'document',
          generateDocumentOutline: purpose === 'document',
        });
        return new Uint8Array(pdf);
      } finally {
        pages.clear();
        // Page after page on one window: its history would otherwise grow by one entry a print all day.
        if (!window.isDestroyed()) window.webContents.navigationHistory.clear();
      }
    },
    isGone: () => gone || window.isDestroyed(),
    destroy: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

/**
 * Chromium's print engine inside Electron: one hidden window in one in-memory session,
 * reused for every print, one print at a time. The page comes from memory through the app's
 * own scheme (no temporary file:// page). The PDF it returns is finished by the services
 * (properties, artifacts) like the browser host's.
 */
export function createElectronPrinter(): PdfPrinter {
  return queuedPrinter(openPrintWindow);
}
