import mammoth from 'mammoth';
import type { SourceDocument } from '../../../common/extract/types';
import { tidyParagraphs } from './decodeText';
import { importError } from './importError';
import { checkZipBounds } from './zipBounds';

/**
 * A Word document's text via mammoth, once its parts are proven within the zip limits
 * (zipBounds.ts); anything mammoth cannot open is reported as damaged. Runs on a helper
 * thread in the app (see importHelper.ts).
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  checkZipBounds(bytes, fileName);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw importError(fileName, 'this Word document is damaged or is not a .docx file.');
  }
  const text = tidyParagraphs(raw);
  if (!text) throw importError(fileName, 'this Word document has no text in it.');
  return { fileName, text, metadata: {} };
}
