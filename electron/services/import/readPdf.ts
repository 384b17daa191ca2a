import type { SourceDocument } from '../../../common/extract/types';
import { tidyParagraphs } from './decodeText';
import { importError } from './importError';
import { loadPdfjs } from './loadPdfjs';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** A PDF's text layer, page by page. Scanned pages (images only) and encrypted files are refused by name. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({
    // pdfjs may detach the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw importError(fileName, 'this PDF is encrypted (password-protected). Remove the password and import it again.');
    }
    throw importError(fileName, 'this file is damaged or is not a PDF.');
  }
  try {
    // All pages asked at once: pdfjs answers through message round trips, which then overlap.
    const pages = await Promise.all(
      Array.from({ length: doc.numPages }, async (_, index) => {
        const page = await doc.getPage(index + 1);
        const content = await page.getTextContent();
        page.cleanup();
        return pageText(content.items as TextItem[]);
      }),
    );
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

/**
 * Joins text items into lines and lines into paragraphs: a gap between lines clearly
 * larger than the usual line spacing starts a new paragraph.
 */
function pageText(items: TextItem[]): string {
  const gaps: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const gap = Math.abs((items[i - 1].transform?.[5] ?? 0) - (items[i].transform?.[5] ?? 0));
    if (gap > 0.5) gaps.push(gap);
  }
  // The tightest spacing is the line spacing (lower quartile, so a stray superscript does not set it).
  const lineGap = gaps.length > 0 ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 4)] : 0;
  let text = '';
  let lastY: number | undefined;
  for (const item of items) {
    const y = item.transform?.[5];
    if (lastY !== undefined && y !== undefined && Math.abs(lastY - y) > 0.5) {
      text = text.trimEnd() + (Math.abs(lastY - y) > lineGap * 1.5 ? '\n\n' : ' ');
    }
    text += item.str;
    if (y !== undefined) lastY = y;
  }
  return text;
}
