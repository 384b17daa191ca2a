import type { SourceDocument } from '../../../common/extract/types';
import { formatBytes, IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../../common/libraryImport';
import { importError } from './importError';
import { documentInHelper, type DocumentFormat } from './importHelper';

type Reader = (bytes: Uint8Array, fileName: string) => SourceDocument | Promise<SourceDocument>;

const inHelper =
  (format: DocumentFormat): Reader =>
  (bytes, fileName) =>
    documentInHelper(format, bytes, fileName);

/**
 * Plain text is decoded here (linear work, bounded by the size limit); PDFs, Word documents
 * and web pages are parsed only on the helper threads (importHelper.ts), under their memory
 * and time limits. Loaded on first use: start-up should not wait for them.
 */
const READERS: Record<(typeof IMPORT_EXTENSIONS)[number], () => Promise<Reader>> = {
  '.txt': async () => (await import('./readPlainText')).readPlainText,
  '.md': async () => (await import('./readPlainText')).readMarkdown,
  '.html': async () => inHelper('html'),
  '.htm': async () => inHelper('html'),
  '.pdf': async () => (await import('./readPdf')).readPdf,
  '.docx': async () => inHelper('docx'),
};

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** Refuses a file by its size alone, before any of it is read or decoded. */
export function checkImportSize(fileName: string, size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw importError(fileName, `this file is ${formatBytes(size)}; the largest file Brieflink imports is ${formatBytes(MAX_IMPORT_BYTES)}.`);
  }
  if (size === 0) throw importError(fileName, 'this file is empty.');
}

/** Picks the reader for a file by its extension and turns its bytes into a SourceDocument. */
export async function readDocument(fileName: string, bytes: Uint8Array): Promise<SourceDocument> {
  const extension = extensionOf(fileName);
  const loadReader = READERS[extension as keyof typeof READERS];
  if (!loadReader) {
    throw importError(fileName, `Brieflink imports ${IMPORT_EXTENSIONS.join(', ')} files; this one is ${extension || 'without an extension'}.`);
  }
  checkImportSize(fileName, bytes.length);
  return (await loadReader())(bytes, fileName);
}

/** The size of the bytes a base64 string holds, without decoding it. */
export function base64Size(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.floor((data.length * 3) / 4) - padding;
}
