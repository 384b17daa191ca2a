import type { FirstPageCheck } from '../../../common/firstPage';
import type { Note } from '../../../common/note';
import { firstPageSectionIndexes } from '../../../common/print/sectionEnds';
import { countNotePages, printDocument, type ExportOptions } from '../exportPdf';
import { countPdfPages } from './pdfInfo';
import type { PdfPrinter } from './pdfPrinter';
import { sectionEndPages } from './sectionEndPages';

export interface NotePrintLayout {
  pageCount: number;
  /** One entry per section the template wants to end on page 1; empty when it wants none. */
  firstPage: FirstPageCheck[];
}

/**
 * The live length check: pages the note prints to and, for templates with sections that must
 * end on page 1, the page each of those sections ends on, from one print of the same document
 * and engine as the export (plus zero-height markers). Templates without such sections print
 * exactly as countNotePages does.
 */
export async function notePrintLayout(note: Note, printer: PdfPrinter, options: ExportOptions): Promise<NotePrintLayout> {
  const wanted = firstPageSectionIndexes(note.template);
  if (wanted.length === 0) return { pageCount: await countNotePages(note, printer, options), firstPage: [] };
  const pdf = await printer.print(printDocument(note, { draft: options.draft, markSectionEnds: true }));
  const ends = await sectionEndPages(pdf);
  return {
    pageCount: countPdfPages(pdf),
    firstPage: wanted.map((index) => {
      const section = note.template.sections[index]!;
      return { sectionId: section.id, heading: section.heading, endsOnPage: ends.get(index) ?? null };
    }),
  };
}
