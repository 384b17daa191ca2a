import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker is a file of the app itself, so the renderer's CSP (script-src 'self', which
// also governs workers) allows it. This module is loaded only when a preview opens.
GlobalWorkerOptions.workerSrc = workerUrl;

/** One rendered page: an image URL (blob:) and its size in CSS pixels at 100 %. */
export interface PageImage {
  url: string;
  width: number;
  height: number;
}

/**
 * Renders every page of a PDF to an image with pdfjs, at the screen's pixel density. Fonts
 * are drawn from the PDF's own embedded font programs (no FontFace, no eval), so the
 * preview needs nothing the CSP does not allow and looks exactly like the file.
 */
export async function renderPdfPages(bytes: Uint8Array, signal: AbortSignal): Promise<PageImage[]> {
  const task = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const abort = () => void task.destroy();
  signal.addEventListener('abort', abort);
  try {
    const doc = await task.promise;
    const pages: PageImage[] = [];
    const density = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
    for (let number = 1; number <= doc.numPages && !signal.aborted; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: (96 / 72) * density });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('The page could not be drawn.'))), 'image/png'),
      );
      pages.push({ url: URL.createObjectURL(blob), width: viewport.width / density, height: viewport.height / density });
      page.cleanup();
    }
    return pages;
  } finally {
    signal.removeEventListener('abort', abort);
    await task.destroy();
  }
}
