import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { SECTION_END_URL_PREFIX } from '../../../common/print/sectionEnds';

/**
 * Reads back, from a PDF printed with section-end markers (common/print/sectionEnds.ts), on
 * which page each marker fell: template section index → page number (1-based). Only the page
 * dictionaries and their link annotations are read, not the page contents.
 */
export async function sectionEndPages(pdf: Uint8Array): Promise<Map<number, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const found = new Map<number, number>();
  doc.getPages().forEach((page, pageIndex) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      const target = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
      const uri = target instanceof PDFString || target instanceof PDFHexString ? target.decodeText() : undefined;
      if (!uri?.startsWith(SECTION_END_URL_PREFIX)) continue;
      const section = Number(uri.slice(SECTION_END_URL_PREFIX.length));
      // A marker split over two pages cannot happen (it is one character), but keep the last page if it did.
      if (Number.isInteger(section)) found.set(section, Math.max(found.get(section) ?? 0, pageIndex + 1));
    }
  });
  return found;
}
