import mammoth from 'mammoth';
import type { SourceDocument } from '../../../common/extract/types';
import { tidyParagraphs } from './decodeText';
import { importError } from './importError';

/** A Word document's text via mammoth; anything mammoth cannot open is reported as damaged. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
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
