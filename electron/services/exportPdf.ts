import { noteTitle, type Note } from '../../common/note';
import { noteToPrintHtml } from '../../common/print/printHtml';
import type { PdfPrinter } from './export/pdfPrinter';
import { countPdfPages } from './export/pdfInfo';

export interface PdfFile {
  fileName: string;
  bytes: Uint8Array;
  pageCount: number;
}

/** A file name from the note's subject: readable, and safe on every OS. */
export function exportFileName(note: Note): string {
  const base = noteTitle(note)
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return `${base || 'Brieflink note'}.pdf`;
}

/** Note → print HTML → PDF through Chromium's print engine. */
export async function renderNotePdf(note: Note, printer: PdfPrinter): Promise<PdfFile> {
  const bytes = await printer.print(noteToPrintHtml(note));
  return { fileName: exportFileName(note), bytes, pageCount: countPdfPages(bytes) };
}
