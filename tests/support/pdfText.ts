import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReadBack {
  /** Text of each page, in order, with a line break after each line. */
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
      let last: { y: number; endX: number } | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        if (item.str !== '') {
          // Runs on another baseline are another line (page header, footer boxes, body), even
          // where pdfjs does not say so; runs apart on one line (footer boxes) get a space.
          if (last && Math.abs(y - last.y) > 1) {
            if (!text.endsWith('\n')) text += '\n';
          } else if (last && Math.abs(x - last.endX) > 1 && !/\s$/.test(text)) {
            text += ' ';
          }
          text += item.str;
          last = { y, endX: x + item.width };
        }
        if (item.hasEOL && text !== '' && !text.endsWith('\n')) text += '\n';
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
