import type { SourceDocument } from '../../../common/extract/types';
import { tidyParagraphs } from './decodeText';
import { importError } from './importError';
import { pdfInHelpers } from './importHelper';
import { readPdfPart, type PdfPart } from './pdfPageText';

/** A PDF's text layer, page by page. Scanned pages (images only) and encrypted files are refused by name. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  // Helpers that fail (an encrypted or damaged file among them) leave the whole file to this
  // thread, which then names the problem.
  const read = (await pdfInHelpers(bytes)?.catch(() => null)) ?? (await readHere(bytes, fileName));
  const text = tidyParagraphs(read.pages.join('\n\n'));
  if (!text) {
    throw importError(fileName, 'this PDF has no text layer; it looks like a scanned image. Run it through text recognition (OCR) first.');
  }
  return { fileName, text, metadata: read.metadata };
}

/** Every page read on this thread; pdfjs's errors named for the person importing. */
async function readHere(bytes: Uint8Array, fileName: string): Promise<PdfPart> {
  try {
    return await readPdfPart(bytes, 0, 1);
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw importError(fileName, 'this PDF is encrypted (password-protected). Remove the password and import it again.');
    }
    throw importError(fileName, 'this file is damaged or is not a PDF.');
  }
}
