/**
 * The PDF text helper thread (built as its own entry, out/main/pdfTextWorker.js): reads the
 * text of a range of a PDF's pages while the back end's own thread reads the others.
 */
import { parentPort } from 'node:worker_threads';
import type { PdfPagesAnswer, PdfPagesRequest } from './pdfPagesHelper';
import { loadPdfjs } from './loadPdfjs';
import { openPdf, pageTexts } from './pdfPageText';

const port = parentPort;
if (!port) throw new Error('pdfTextWorker runs only as a worker thread.');

async function answer({ id, bytes, first, last }: PdfPagesRequest): Promise<PdfPagesAnswer> {
  try {
    const doc = await openPdf(bytes);
    try {
      return { id, pages: await pageTexts(doc, first, last) };
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

port.on('message', (request: PdfPagesRequest) => void answer(request).then((reply) => port.postMessage(reply)));
// pdfjs takes a while to load: the back end reads every page itself until this says it is ready.
void loadPdfjs().then(() => port.postMessage({ ready: true }));
