import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFPage,
} from 'pdf-lib';
import { deflateSync, inflateSync } from 'node:zlib';
import { AppError } from '../../../common/result';
import { markBareTextAsArtifact } from './contentArtifacts';
import { messageOf } from '../../../common/messageOf';

export interface PdfDocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The note's language tag (noteLanguage()), the document's /Lang. */
  language: string;
  /** The application version, for the Producer entry. */
  version: string;
}

/**
 * Chromium writes the title, the language, the structure tree and the outline, but no author,
 * subject or keywords, does not ask viewers to show the title, and leaves the page-margin
 * text untagged. This finishes the file with pdf-lib after printing. pdf-lib rewrites the
 * file from its object table, keeping every object (structure tree, outline, /Lang, marked
 * content) as it was; object streams are not used, so the file stays as plain as Chromium's.
 */
export async function finishPdf(bytes: Uint8Array, info: PdfDocumentInfo): Promise<{ bytes: Uint8Array; pageCount: number }> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    throw new AppError('EXPORT_FAILED', `The printed PDF could not be read to set its properties: ${messageOf(error)}`);
  }
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  // pdf-lib joins keywords with spaces; keywords of several words need a clearer separator.
  doc.setKeywords([info.keywords.filter((keyword) => keyword.trim() !== '').join('; ')]);
  // Chromium writes /Lang from <html lang>; set here too, so the file says it whatever the engine did.
  doc.setLanguage(info.language);
  doc.setCreator('Brieflink');
  doc.setProducer(`Brieflink ${info.version} (Chromium print engine, pdf-lib)`);
  for (const page of doc.getPages()) markPageFurniture(doc, page);
  const out = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  return { bytes: out, pageCount: doc.getPageCount() };
}

/** The page's content streams, in order. */
function contentStreams(doc: PDFDocument, page: PDFPage): { ref: PDFRef; stream: PDFRawStream }[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  return refs.flatMap((ref) => {
    if (!(ref instanceof PDFRef)) return [];
    const stream = doc.context.lookup(ref);
    return stream instanceof PDFRawStream ? [{ ref, stream }] : [];
  });
}

/** A content stream's bytes: Chromium's are plain Flate, inflated natively; anything else through pdf-lib. */
function decodeContent(stream: PDFRawStream): Uint8Array | undefined {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const plainFlate = filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'));
  try {
    return plainFlate ? inflateSync(stream.contents) : decodePDFRawStream(stream).decode();
  } catch {
    return undefined;
  }
}

/** Wraps the page's bare text (markings, running header, page numbers, watermark) as artifacts. */
function markPageFurniture(doc: PDFDocument, page: PDFPage): void {
  for (const { ref, stream } of contentStreams(doc, page)) {
    const decoded = decodeContent(stream);
    if (!decoded) continue; // A filter that cannot be decoded: leave the page as Chromium wrote it.
    const marked = markBareTextAsArtifact(decoded);
    // Node's zlib, not pdf-lib's JavaScript codec: ten times faster on a 50-page note.
    if (marked) doc.context.assign(ref, doc.context.stream(deflateSync(marked), { Filter: 'FlateDecode' }));
  }
}
