import { collectCitations } from '../../../common/citations';
import type { FirstPageCheck } from '../../../common/firstPage';
import { citationStyleOf, type Note } from '../../../common/note';
import { firstPageSectionIndexes } from '../../../common/print/sectionEnds';
import { ANNEX_START_URL, sourcesInAnnex } from '../../../common/print/sourcesAnnex';
import { annexPagesFrom } from '../../../common/printedLength';
import { printDocument, type ExportOptions } from './exportPdf';
import { markerLinkPages } from './markerLinks';
import { countPdfPages } from './pdfInfo';
import type { PdfPrinter } from '../ports/pdfPrinter';
import { sectionEndsFrom } from './sectionEndPages';

export interface NotePrintLayout {
  pageCount: number;
  /** One entry per section the template wants to end on page 1; empty when it wants none. */
  firstPage: FirstPageCheck[];
  /** Pages of the sources annex at the end of `pageCount`, outside the page limit (absent or 0 when there is none). */
  annexPages?: number;
}

/** The note prints its sources in an annex: the template wants one and the note cites something. */
function printsSourcesAnnex(note: Note): boolean {
  return sourcesInAnnex(note.template) && collectCitations(note.body.root.children, citationStyleOf(note)).sources.length > 0;
}

/**
 * The print page of the live length check: the export's own page, plus zero-height markers
 * after each section the template wants to end on page 1 and at the start of a sources annex
 * (none for other templates and notes, which then print exactly as they export).
 */
export function layoutPrintPage(note: Note, options: Pick<ExportOptions, 'draft'>): string {
  return printDocument(note, { draft: options.draft, markSectionEnds: firstPageSectionIndexes(note.template).length > 0, markAnnexStart: true });
}

/** Pages of that print and, where the template asks, the page each marked section ends on. */
export async function readPrintLayout(note: Note, pdf: Uint8Array): Promise<NotePrintLayout> {
  const pageCount = countPdfPages(pdf);
  const wanted = firstPageSectionIndexes(note.template);
  const annex = printsSourcesAnnex(note);
  if (wanted.length === 0 && !annex) return { pageCount, firstPage: [] };
  const markers = await markerLinkPages(pdf);
  const ends = sectionEndsFrom(markers);
  return {
    pageCount,
    firstPage: wanted.map((index) => {
      const section = note.template.sections[index]!;
      return { sectionId: section.id, heading: section.heading, endsOnPage: ends.get(index) ?? null };
    }),
    ...(annex ? { annexPages: annexPagesFrom(markers.get(ANNEX_START_URL) ?? null, pageCount) } : {}),
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
 * reason, the whole document is printed. A sources annex's start is read from those last
 * pages; an annex that starts before them is found by printing the whole document.
 */
export async function measurePrintLayout(note: Note, printer: PdfPrinter, html: string, previous: NotePrintLayout | null): Promise<NotePrintLayout> {
  const fromPage = previous ? previous.pageCount - TAIL_PAGES_BEFORE_LAST : 1;
  if (printer.printTail && fromPage > 1 && firstPageSectionIndexes(note.template).length === 0) {
    const tail = await printer.printTail(html, fromPage).catch(() => null);
    if (tail) {
      const pageCount = fromPage - 1 + countPdfPages(tail);
      if (!printsSourcesAnnex(note)) return { pageCount, firstPage: [] };
      // The annex is at the end: its start is among the last pages, unless it is longer than they are.
      const start = (await markerLinkPages(tail)).get(ANNEX_START_URL);
      if (start !== undefined) return { pageCount, firstPage: [], annexPages: annexPagesFrom(fromPage - 1 + start, pageCount) };
    }
  }
  return readPrintLayout(note, await printer.print(html, 'layout'));
}

/** One print of the same document and engine as the export, read for pages and section ends. */
export async function notePrintLayout(note: Note, printer: PdfPrinter, options: ExportOptions): Promise<NotePrintLayout> {
  return readPrintLayout(note, await printer.print(layoutPrintPage(note, options), 'layout'));
}
