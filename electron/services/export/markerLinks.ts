/** Every marker the page-count pass prints links to an address under this made-up domain (it can never resolve). */
export const MARKER_URL_PREFIX = 'https://brieflink.invalid/';

/**
 * Reads back, from a PDF printed with invisible markers (section ends, the start of a sources
 * annex), on which page each marker fell: marker address → page number (1-based, the last page
 * when one address is on several). Only the page dictionaries and their link annotations are
 * read, not the page contents.
 */
export async function markerLinkPages(pdf: Uint8Array): Promise<Map<string, number>> {
  // pdf-lib loads with the first count that reads markers, not at start-up: of the back end's
  // modules it takes the longest to load.
  const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const found = new Map<string, number>();
  doc.getPages().forEach((page, pageIndex) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      const target = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
      const uri = target instanceof PDFString || target instanceof PDFHexString ? target.decodeText() : undefined;
      if (uri?.startsWith(MARKER_URL_PREFIX)) found.set(uri, Math.max(found.get(uri) ?? 0, pageIndex + 1));
    }
  });
  return found;
}
