import type { FirstPageCheck } from '../../../common/firstPage';
import type { Note } from '../../../common/note';
import { firstPageSectionIndexes } from '../../../common/print/sectionEnds';
import { printDocument, type ExportOptions } from './exportPdf';
import { countPdfPages } from './pdfInfo';
import type { PdfPrinter } from '../ports/pdfPrinter';
import { sectionEndPages } from './sectionEndPages';

export interface NotePrintLayout {
  pageCount: number;
  /** One entry per section the template wants to end on page 1; empty when it wants none. */
  firstPage: FirstPageCheck[];
}

/**
 * The print page of the live length check: the export's own page, plus zero-height markers
 * after each section the template wants to end on page 1 (none for other templates, which
 * then print exactly as they export).
 */
export function layoutPrintPage(note: Note, options: Pick<ExportOptions, 'draft'>): string {
  return printDocument(note, { draft: options.draft, markSectionEnds: firstPageSectionIndexes(note.template).length > 0 });
}

/** Pages of that print and, where the template asks, the page each marked section ends on. */
export async function readPrintLayout(note: Note, pdf: Uint8Array): Promise<NotePrintLayout> {
  const wanted = firstPageSectionIndexes(note.template);
  if (wanted.length === 0) return { pageCount: countPdfPages(pdf), firstPage: [] };
  const ends = await sectionEndPages(pdf);
  return {
    pageCount: countPdfPages(pdf),
    firstPage: wanted.map((index) => {
      const section = note.template.sections[index]!;
      return { sectionId: section.id, heading: section.heading, endsOnPage: ends.get(index) ?? null };
    }),
  };
}

/**
 * Pages before the previous draft's last page that a count prints again: a change that
 * removes more pages than this costs a second, whole print.
 */
export const TAIL_PAGES_BEFORE_LAST = 2;

/**
 * The layout of a draft's print page (`layoutPrintPage`), knowing the layout of the note's
 * previous draft. When no section ends are wanted, only the last pages are made into PDF
 * pages: from TAIL_PAGES_BEFORE_LAST pages before the previous last page to the end.
 * Chromium still lays out the whole document, so the count is exact (the pages before plus
 * the pages printed); if the draft has fewer pages than that, or that print fails for any
 * reason, the whole document is printed.
 */
export async function measurePrintLayout(note: Note, printer: PdfPrinter, html: string, previous: NotePrintLayout | null): Promise<NotePrintLayout> {
  const fromPage = previous ? previous.pageCount - TAIL_PAGES_BEFORE_LAST : 1;
  if (printer.printTail && fromPage > 1 && firstPageSectionIndexes(note.template).length === 0) {
    const tail = await printer.printTail(html, fromPage).catch(() => null);
    if (tail) return { pageCount: fromPage - 1 + countPdfPages(tail), firstPage: [] };
  }
  return readPrintLayout(note, await printer.print(html, 'layout'));
}

/** One print of the same document and engine as the export, read for pages and section ends. */
export async function notePrintLayout(note: Note, printer: PdfPrinter, options: ExportOptions): Promise<NotePrintLayout> {
  return readPrintLayout(note, await printer.print(layoutPrintPage(note, options), 'layout'));
}
