import type { SourceDocument } from '../../../common/extract/types';
import { AppError } from '../../../common/result';
import { tidyParagraphs } from './decodeText';
import { importError } from './importError';
import { pdfInHelpers } from './importHelper';
import { MAX_PDF_PAGES, readPdfPart, TooManyPages, type PdfPart } from './pdfPageText';

/**
 * A PDF's text layer, page by page, read on the helper threads (half of the pages each);
 * this thread only joins what they send. Scanned pages (images only), encrypted files and
 * files over the page limit are refused by name.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  return pdfDocument(await pdfInHelpers(bytes, fileName), fileName);
}

/** The same, read on the calling thread: what a helper thread runs (and tests compare with). */
export async function readPdfHere(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  return pdfDocument(await readPdfPartHere(bytes, fileName, 0, 1), fileName);
}

function pdfDocument(read: PdfPart, fileName: string): SourceDocument {
  const text = tidyParagraphs(read.pages.join('\n\n'));
  if (!text) {
    throw importError(fileName, 'this PDF has no text layer; it looks like a scanned image. Run it through text recognition (OCR) first.');
  }
  return { fileName, text, metadata: read.metadata };
}

/** One part of a PDF's pages (see readPdfPart), with pdfjs's errors and the page limit named for the person importing. */
export async function readPdfPartHere(bytes: Uint8Array, fileName: string, part: number, parts: number): Promise<PdfPart> {
  try {
    return await readPdfPart(bytes, part, parts);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof TooManyPages) {
      throw importError(fileName, `this PDF has ${error.pageCount} pages; Brieflink imports PDFs of at most ${MAX_PDF_PAGES} pages. Save the pages you need as a smaller PDF.`);
    }
    if ((error as { name?: string }).name === 'PasswordException') {
      throw importError(fileName, 'this PDF is encrypted (password-protected). Remove the password and import it again.');
    }
    throw importError(fileName, 'this file is damaged or is not a PDF.');
  }
}
