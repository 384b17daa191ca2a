import type { FileOutcome } from '../../common/contract';
import type { DeliverableFile } from '../services/ports/deliverFile';

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
