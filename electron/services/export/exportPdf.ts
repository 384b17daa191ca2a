import { exportName } from '../../../common/exportName';
import { noteTitle, type Note } from '../../../common/note';
import { noteLanguage } from '../../../common/noteLanguage';
import { noteToPrintHtml, printMarking, type PrintOptions } from '../../../common/print/printHtml';
import { shippedFontFor } from '../../../common/print/shippedFonts';
import type { Settings } from '../../../common/settings';
import { fontFaceCss } from './fontFaces';
import type { PdfDocumentInfo } from './pdfMetadata';
import type { PdfPrinter } from '../ports/pdfPrinter';
import type { DeliverableFile } from '../ports/deliverFile';

/** A finished export, ready to be saved or downloaded. */
export type ExportFile = DeliverableFile;

export interface ExportOptions {
  draft?: boolean;
  /** The author as settings hold it (the identity comments record): the organisation is preferred, then the name. */
  author?: Pick<Settings['author'], 'name' | 'organisation'>;
  /** The application version, recorded in the file. */
  version: string;
}

/** A file name from the note's file number and subject: readable, and safe on every OS (common/exportName.ts). */
export function exportFileName(note: Note, extension: 'pdf' | 'docx' = 'pdf'): string {
  const fileNumberField = note.template.fields.find((field) => field.id === 'reference' || /\b(file number|reference)\b/i.test(field.label));
  return exportName({ title: noteTitle(note), fileNumber: fileNumberField && note.metadata[fileNumberField.id] }, extension);
}

/** The document properties every export carries. */
export function documentInfo(note: Note, options: ExportOptions): PdfDocumentInfo {
  const topics = (note.metadata.topics ?? '').split(/[,;\n]/).map((topic) => topic.trim());
  return {
    title: noteTitle(note),
    author: options.author?.organisation.trim() || options.author?.name.trim() || '',
    subject: note.metadata.subject?.trim() ?? '',
    keywords: [note.template.name, printMarking(note), ...topics].filter((keyword) => keyword !== ''),
    language: noteLanguage(note),
    version: options.version,
  };
}

/**
 * The print document with the template's shipped font embedded: the subsets its text needs,
 * found from the document itself before the fonts are added.
 */
export function printDocument(note: Note, options: Pick<ExportOptions, 'draft'> & Pick<PrintOptions, 'markSectionEnds' | 'markAnnexStart'> = {}): string {
  const print: PrintOptions = { draft: options.draft, markSectionEnds: options.markSectionEnds, markAnnexStart: options.markAnnexStart };
  const plain = noteToPrintHtml(note, print);
  const fonts = fontFaceCss(shippedFontFor(note.template.print.fontFamily), plain);
  return noteToPrintHtml(note, { ...print, fontFaceCss: fonts });
}

/** Note → print HTML → PDF through Chromium's print engine → document properties and artifacts. */
export async function renderNotePdf(note: Note, printer: PdfPrinter, options: ExportOptions): Promise<ExportFile> {
  const printed = await printer.print(printDocument(note, options));
  // pdf-lib (under pdfMetadata) loads with the first export, not at start-up: of the back end's modules it takes the longest to load.
  const { finishPdf } = await import('./pdfMetadata');
  const { bytes, pageCount } = await finishPdf(printed, documentInfo(note, options));
  return { fileName: exportFileName(note), bytes, pageCount, mimeType: 'application/pdf', typeName: 'PDF document', extensions: ['pdf'] };
}
