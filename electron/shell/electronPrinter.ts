import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { AppError } from '../../common/result';
import type { PdfPrinter } from '../services/export/pdfPrinter';

/**
 * Chromium's print engine inside Electron. The print window has no scripts, no preload, an
 * in-memory session of its own, and may load nothing but the one file it prints (and the
 * data: fonts inside it). The PDF it returns is finished by the services (properties,
 * artifacts) like the browser host's.
 */
export function createElectronPrinter(): PdfPrinter {
  return {
    async print(html, purpose = 'document') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-print-'));
      const file = path.join(dir, 'note.html');
      const fileUrl = pathToFileURL(file).href;
      const printSession = session.fromPartition(`print-${crypto.randomUUID()}`, { cache: false });
      // The page and its inlined data: fonts and images (which the print page's CSP allows) only.
      const allowed = (url: string) => url === fileUrl || url.startsWith('data:');
      printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed(details.url) }));
      const window = new BrowserWindow({
        show: false,
        webPreferences: { javascript: false, sandbox: true, contextIsolation: true, session: printSession },
      });
      try {
        fs.writeFileSync(file, html, 'utf8');
        await window.loadURL(fileUrl);
        const pdf = await window.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: purpose === 'document',
          generateDocumentOutline: purpose === 'document',
        });
        return new Uint8Array(pdf);
      } catch (error) {
        throw new AppError('EXPORT_FAILED', `The PDF could not be printed: ${(error as Error).message}`);
      } finally {
        window.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    async close() {},
  };
}
