import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../../common/editorState';
import { newNote, type Note } from '../../../../../common/note';
import type { Template } from '../../../../../common/template';
import { findChromium } from '../../../../../electron/host/print/findChromium';
import { layoutPrintPage, measurePrintLayout } from '../../../../../electron/services/export/notePrintLayout';
import { countPdfPages } from '../../../../../electron/services/export/pdfInfo';
import type { PdfPrinter } from '../../../../../electron/services/ports/pdfPrinter';
import { createPlaywrightPrinter } from '../../../../../electron/host/print/playwrightPrinter';
import { printDocument, renderNotePdf } from '../../../../../electron/services/export/exportPdf';
import { countRequests, hostilePrintPage } from '../../../../support/hostilePrintPage';
import { readPdf } from '../../../../support/pdfText';
import { loadTemplate } from '../../../../support/templateFiles';

const CHROMIUM_TIMEOUT = 60_000;

const decision = loadTemplate('01-decision-note');
const information = loadTemplate('02-information-note');
const brief = loadTemplate('08-au-ministerial-brief');

/** A note of `template` with `paragraphs` paragraphs of `sentence` under each section heading. */
function note(template: Template, subject: string, paragraphs: number, sentence: string, classification = 'PROTECTED B'): Note {
  const made = newNote(template, `layout-${subject.length}`, new Date('2026-03-01T12:00:00Z'), { subject, date: '2026-03-01', classification });
  made.body = editorState(
    template.sections.flatMap((section) => [
      headingNode('h2', section.heading),
      ...Array.from({ length: paragraphs }, (_, i) => paragraphNode([textNode(`${section.heading} ${i + 1}. ${sentence.repeat(3)}`)])),
    ]),
  );
  return made;
}

const LATIN = 'The department reviewed the proposal against the programme criteria and found the costs consistent. ';
const GREEK = 'Η υπηρεσία εξέτασε την πρόταση και βρήκε ότι οι δαπάνες συμφωνούν με τον προϋπολογισμό. ';

describe('layout prints on the reused page (real Chromium)', () => {
  let printer: PdfPrinter;
  let launchSpy: MockInstance<typeof chromium.launch>;

  beforeAll(() => {
    launchSpy = vi.spyOn(chromium, 'launch');
    printer = createPlaywrightPrinter({ executablePath: findChromium() });
  });
  afterAll(async () => {
    await printer.close();
    launchSpy.mockRestore();
  });

  const browser = async () => (await launchSpy.mock.results[0]!.value) as Browser;

  it(
    'prints each of a run of different notes page for page as a fresh print of that note, with nothing left over from the one before',
    async () => {
      // Long, then short (a long note's pages must not linger), then other templates, markings
      // and font subsets (the head changes), then the first one again.
      const notes = [
        note(decision, 'Long decision note', 8, LATIN),
        note(decision, 'Short decision note', 0, ''),
        note(information, 'Information note in Greek', 3, GREEK, 'OFFICIAL'),
        note(brief, 'Brief with section-end markers', 2, LATIN, 'OFFICIAL: Sensitive'),
        note(decision, 'Long decision note', 8, LATIN),
      ];
      const pageCounts: number[] = [];
      for (const each of notes) {
        const html = layoutPrintPage(each, { draft: false });
        const reused = await printer.print(html, 'layout');
        const fresh = await printer.print(html, 'document');
        const [reusedText, freshText] = await Promise.all([readPdf(reused), readPdf(fresh)]);
        expect(reusedText.pages, each.metadata.subject).toEqual(freshText.pages);
        expect(reusedText.info.Title).toBe(each.metadata.subject);
        expect(countPdfPages(reused)).toBe(freshText.pages.length);
        pageCounts.push(freshText.pages.length);
      }
      expect(pageCounts[0]).toBeGreaterThanOrEqual(3);
      expect(pageCounts[1]).toBe(1);
      expect(pageCounts[4]).toBe(pageCounts[0]);
      // One context for the layout page and one spare for exports (opened in the background
      // after each export print, so it may still be on its way); fresh prints close theirs.
      await expect.poll(async () => (await browser()).contexts().length).toBe(2);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'counts from the last pages exactly as the export, and prints the whole note when the previous count was past its end',
    async () => {
      const calls: string[] = [];
      const watched: PdfPrinter = {
        print: (html, purpose) => (calls.push('whole'), printer.print(html, purpose)),
        printTail: (html, fromPage) => (calls.push(`from ${fromPage}`), printer.printTail!(html, fromPage)),
        close: async () => {},
      };
      const long = note(decision, 'Longer decision note', 14, LATIN);
      const html = layoutPrintPage(long, { draft: false });
      const exported = (await renderNotePdf(long, printer, { version: '9.9.9' })).pageCount!;
      expect(exported).toBeGreaterThanOrEqual(7);
      const count = async (previous: number) => (await measurePrintLayout(long, watched, html, { pageCount: previous, firstPage: [] })).pageCount;

      expect(await count(exported)).toBe(exported);
      expect(await count(exported - 2)).toBe(exported);
      expect(calls.splice(0)).toEqual([`from ${exported - 2}`, `from ${exported - 4}`]);
      // The previous draft was longer than this one by more than the pages printed again.
      expect(await count(exported + 3)).toBe(exported);
      expect(calls.splice(0)).toEqual([`from ${exported + 1}`, 'whole']);
      // The first count of a note, and a note whose template checks page 1, print every page.
      expect((await measurePrintLayout(long, watched, html, null)).pageCount).toBe(exported);
      const checked = note(brief, 'Brief with section-end markers', 6, LATIN);
      const checkedLayout = await measurePrintLayout(checked, watched, layoutPrintPage(checked, { draft: false }), { pageCount: 4, firstPage: [] });
      expect(checkedLayout.pageCount).toBe((await renderNotePdf(checked, printer, { version: '9.9.9' })).pageCount);
      expect(calls).toEqual(['whole', 'whole']);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'runs no scripts and makes no network requests in a document that replaces another',
    async () => {
      const requests = await countRequests(async (base) => {
        await printer.print(printDocument(note(decision, 'Before', 1, LATIN)), 'layout');
        const pdf = await readPdf(await printer.print(hostilePrintPage(base), 'layout'));
        expect(pdf.info.Title).toBe('Static title');
        expect(pdf.pages).toHaveLength(1);
        expect(pdf.pages[0]).toContain('Hello');
        expect(pdf.pages[0]).not.toContain('Script ran');
        expect(pdf.pages[0]).not.toContain('Before');
      });
      expect(requests).toBe(0);
    },
    CHROMIUM_TIMEOUT,
  );

  it(
    'opens a new layout page when the one it printed on went away',
    async () => {
      const html = printDocument(note(decision, 'After the page closed', 1, LATIN));
      const before = countPdfPages(await printer.print(html, 'layout'));
      await Promise.all((await browser()).contexts().map((context) => context.close()));
      expect(countPdfPages(await printer.print(html, 'layout'))).toBe(before);
    },
    CHROMIUM_TIMEOUT,
  );
});
