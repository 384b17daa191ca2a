import type { FileOutcome } from '../../../common/contract';

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

/** How a finished file reaches the user: a save dialog in the desktop shell, a download in the browser host. */
export type DeliverFile = (file: DeliverableFile) => Promise<FileOutcome>;
