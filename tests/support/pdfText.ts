import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReadBack {
  /** Text of each page, in order; a line break after each line pdfjs reports as ending one. */
  pages: string[];
  /** The document information dictionary (Title, Author, Producer, ...). */
  info: Record<string, unknown>;
  /** The document outline (bookmarks) as pdfjs returns it, or null when there is none. */
  outline: unknown;
}

/** Reads a PDF back with pdfjs-dist, the way the tests check exported files. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  // pdfjs takes ownership of (and may detach) the buffer it is given: pass a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
      page.cleanup();
    }
    const metadata = await doc.getMetadata();
    const outline = await doc.getOutline();
    return { pages, info: { ...(metadata.info as Record<string, unknown>) }, outline };
  } finally {
    await task.destroy();
  }
}
