import type { SourceDocument } from '../../../common/extract/types';
import { tidyParagraphs } from './decodeText';
import { importError } from './importError';
import { openPdf, pageTexts, type PdfDocument } from './pdfPageText';
import { pagesInHelper } from './importHelper';

/** Below this many pages, handing half of them to the helper thread saves less than it costs. */
const PAGES_WORTH_SPLITTING = 4;

/** A PDF's text layer, page by page. Scanned pages (images only) and encrypted files are refused by name. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  let doc: PdfDocument;
  try {
    doc = await openPdf(bytes);
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw importError(fileName, 'this PDF is encrypted (password-protected). Remove the password and import it again.');
    }
    throw importError(fileName, 'this file is damaged or is not a PDF.');
  }
  try {
    const pages = await allPageTexts(doc, bytes);
    const text = tidyParagraphs(pages.join('\n\n'));
    if (!text) {
      throw importError(fileName, 'this PDF has no text layer; it looks like a scanned image. Run it through text recognition (OCR) first.');
    }
    const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const metadata: SourceDocument['metadata'] = {};
    if (typeof info.Title === 'string' && info.Title.trim()) metadata.title = info.Title.trim();
    if (typeof info.Author === 'string' && info.Author.trim()) metadata.author = info.Author.trim();
    const created = typeof info.CreationDate === 'string' ? info.CreationDate.match(/^D:(\d{4})(\d{2})(\d{2})/) : null;
    if (created) metadata.publishedDate = `${created[1]}-${created[2]}-${created[3]}`;
    return { fileName, text, metadata };
  } finally {
    await doc.destroy();
  }
}

/** Every page's text: the second half read by the helper thread when there is one, the rest here. */
async function allPageTexts(doc: PdfDocument, bytes: Uint8Array): Promise<string[]> {
  const count = doc.numPages;
  const split = count >= PAGES_WORTH_SPLITTING ? Math.ceil(count / 2) : count;
  const helped = split < count ? pagesInHelper(bytes, split + 1, count) : null;
  const [mine, theirs] = await Promise.all([pageTexts(doc, 1, helped ? split : count), helped?.catch(() => null)]);
  if (!helped) return mine;
  // A helper that failed (or met a page it could not read) leaves its pages to this thread.
  return [...mine, ...(theirs ?? (await pageTexts(doc, split + 1, count)))];
}
