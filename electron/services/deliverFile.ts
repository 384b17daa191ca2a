import type { FileOutcome } from '../../common/contract';

/** A file for the user to keep (an export, a template), with what a save dialog or a download needs. */
export interface DeliverableFile {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
  /** Shown in the save dialog's file type filter, e.g. "PDF document". */
  typeName: string;
  extensions: string[];
  /** Known for a PDF; a DOCX has pages only once a word processor lays it out. */
  pageCount?: number;
}

/** The browser host cannot be handed a path: it returns the bytes for the page to offer as a download. */
export async function deliverAsDownload(file: DeliverableFile): Promise<FileOutcome> {
  return {
    delivery: 'download',
    fileName: file.fileName,
    mimeType: file.mimeType,
    dataBase64: Buffer.from(file.bytes).toString('base64'),
    pageCount: file.pageCount,
  };
}
