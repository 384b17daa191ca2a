import type { FileOutcome } from '../../common/contract';

/** A file for the user to keep, with what a save dialog or a download needs to know about it. */
export interface DeliverableFile {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
  /** Shown in the save dialog's file type filter, e.g. "Brieflink template". */
  typeName: string;
  extensions: string[];
}

/** The browser host cannot be handed a path: it returns the bytes for the page to offer as a download. */
export async function deliverAsDownload(file: DeliverableFile): Promise<FileOutcome> {
  return {
    delivery: 'download',
    fileName: file.fileName,
    mimeType: file.mimeType,
    dataBase64: Buffer.from(file.bytes).toString('base64'),
  };
}
