import type { SourceDocument } from '../../../common/extract/types';
import { loadPdfjs } from './loadPdfjs';

/** An open PDF, as pdfjs gives it. */
type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>;

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** Opens a PDF with pdfjs as an importer needs it: no fonts loaded for display, no eval. pdfjs's own errors pass through. */
async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { getDocument } = await loadPdfjs();
  return getDocument({
    // pdfjs may detach the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
}

/**
 * The most pages Brieflink reads from one PDF: far more than any policy document, and the
 * text of that many pages already fills a library entry. A longer file (a few megabytes can
 * hold 20,000 pages) is refused before any page is read.
 */
export const MAX_PDF_PAGES = 2000;

/** A PDF with more pages than MAX_PDF_PAGES, found by its page count alone. */
export class TooManyPages extends Error {
  constructor(readonly pageCount: number) {
    super(`the PDF has ${pageCount} pages`);
  }
}

/** What one thread reads of a PDF: the text of its share of the pages, and (the first share only) the document's metadata. */
export interface PdfPart {
  pages: string[];
  metadata: SourceDocument['metadata'];
  /** The document's number of pages, so that parts read apart can be checked to add up to it. */
  pageCount: number;
}

/**
 * Part `part` (from 0) of `parts` runs of pages as equal as can be, in page order; the first
 * part also reads the document's title, author and creation date. A document of more than
 * MAX_PDF_PAGES pages is refused (TooManyPages) before any page is read; pdfjs's own errors
 * pass through (a `PasswordException` for an encrypted file).
 */
export async function readPdfPart(bytes: Uint8Array, part: number, parts: number): Promise<PdfPart> {
  const doc = await openPdf(bytes);
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new TooManyPages(doc.numPages);
    const perPart = Math.ceil(doc.numPages / parts);
    const first = part * perPart + 1;
    const last = Math.min(doc.numPages, first + perPart - 1);
    const [pages, metadata] = await Promise.all([pageTexts(doc, first, last), part === 0 ? pdfMetadata(doc) : {}]);
    return { pages, metadata, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

async function pdfMetadata(doc: PdfDocument): Promise<SourceDocument['metadata']> {
  const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
  const metadata: SourceDocument['metadata'] = {};
  if (typeof info.Title === 'string' && info.Title.trim()) metadata.title = info.Title.trim();
  if (typeof info.Author === 'string' && info.Author.trim()) metadata.author = info.Author.trim();
  const created = typeof info.CreationDate === 'string' ? info.CreationDate.match(/^D:(\d{4})(\d{2})(\d{2})/) : null;
  if (created) metadata.publishedDate = `${created[1]}-${created[2]}-${created[3]}`;
  return metadata;
}

/** The text of pages `first` to `last` (counted from 1, both included; none when `last` < `first`). */
function pageTexts(doc: PdfDocument, first: number, last: number): Promise<string[]> {
  // All pages asked at once: pdfjs answers through message round trips, which then overlap.
  return Promise.all(
    Array.from({ length: Math.max(0, last - first + 1) }, async (_, index) => {
      const page = await doc.getPage(first + index);
      const content = await page.getTextContent();
      page.cleanup();
      return pageText(content.items as TextItem[]);
    }),
  );
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
