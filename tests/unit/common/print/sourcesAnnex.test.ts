import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../../common/editorState';
import { newNote, type Note } from '../../../../common/note';
import { noteToPrintHtml } from '../../../../common/print/printHtml';
import { ANNEX_START_URL } from '../../../../common/print/sourcesAnnex';
import { annexPagesFrom, countedPages, describePrintedLength, isOverPageLimit, pageLimitWarning } from '../../../../common/printedLength';
import { templateSchema, type Template } from '../../../../common/template';
import { findChromium } from '../../../../electron/host/print/findChromium';
import { layoutPrintPage, measurePrintLayout, notePrintLayout } from '../../../../electron/services/export/notePrintLayout';
import { createPlaywrightPrinter } from '../../../../electron/host/print/playwrightPrinter';
import type { PdfPrinter } from '../../../../electron/services/ports/pdfPrinter';
import { renderNoteDocx } from '../../../../electron/services/export/exportDocx';
import { renderNotePdf } from '../../../../electron/services/export/exportPdf';
import { readPdf } from '../../../support/pdfText';
import { snippetNode } from '../../../support/snippetNodes';
import { noteWithSpilledSources, SPILLED_SOURCES_LAST_WORDS } from '../../../support/spilledSourcesNote';
import { loadTemplate } from '../../../support/templateFiles';
import { wordText, zipEntries } from '../../../support/zipEntries';

const BUILT_IN = [
  '01-decision-note',
  '02-information-note',
  '03-meeting-brief',
  '04-issue-note',
  '05-talking-points',
  '06-uk-ministerial-submission',
  '07-us-action-memo',
  '08-au-ministerial-brief',
];
const decision = loadTemplate('01-decision-note');
const information = loadTemplate('02-information-note');
const usMemo = loadTemplate('07-us-action-memo');

const SENTENCE = 'The department reviewed the proposal against the programme criteria and found the costs consistent. ';

/** A note of `template` with `paragraphs` paragraphs under its first heading, citing `sources` developments. */
function citingNote(template: Template, paragraphs: number, sources: number, metadata: Record<string, string> = {}): Note {
  const note = newNote(template, 'annex-test', new Date('2026-03-01T12:00:00Z'), { subject: 'Spectrum auctions', ...metadata });
  const cited: SerializedNode[] = Array.from({ length: sources }, (_, i) =>
    snippetNode({ id: `s${i}`, developmentId: `dev-${i}`, text: `finding ${i + 1}`, title: `Review of spectrum policy, part ${i + 1}` }),
  );
  note.body = editorState([
    headingNode('h2', template.sections[0]!.heading),
    ...Array.from({ length: paragraphs }, (_, i) => paragraphNode([textNode(`${i + 1}. ${SENTENCE.repeat(3)}`)])),
    paragraphNode(cited.flatMap((node) => [node, textNode('; ')])),
  ]);
  return note;
}

describe('template settings for dates and sources', () => {
  it('are set in every built-in template as its country expects', () => {
    const settings = Object.fromEntries(
      BUILT_IN.map((name) => {
        const { print } = loadTemplate(name);
        return [name, [print.dateStyle, print.sourcesPlacement, print.sourcesAnnexHeading ?? null]];
      }),
    );
    expect(settings).toEqual({
      '01-decision-note': ['day-month-year', 'annex', null],
      '02-information-note': ['day-month-year', 'end-of-body', null],
      '03-meeting-brief': ['day-month-year', 'annex', null],
      '04-issue-note': ['day-month-year', 'end-of-body', null],
      '05-talking-points': ['day-month-year', 'annex', null],
      '06-uk-ministerial-submission': ['day-month-year', 'annex', null],
      '07-us-action-memo': ['month-day-year', 'annex', 'Attachment: Sources'],
      '08-au-ministerial-brief': ['day-month-year', 'annex', 'Attachment A: Sources'],
    });
  });

  it('are accepted in a user template, validated, and defaulted when left out', () => {
    const raw = JSON.parse(JSON.stringify(decision)) as Record<string, unknown> & { print: Record<string, unknown> };
    const withPrint = (print: Record<string, unknown>) => templateSchema.safeParse({ ...raw, print: { ...raw.print, ...print } });

    const own = withPrint({ dateStyle: 'iso', sourcesPlacement: 'annex', sourcesAnnexHeading: '  Annex B: References  ' });
    expect(own.success && own.data.print).toMatchObject({ dateStyle: 'iso', sourcesPlacement: 'annex', sourcesAnnexHeading: 'Annex B: References' });

    // A template written before these settings existed.
    const older = { ...raw.print };
    delete older.dateStyle;
    delete older.sourcesPlacement;
    const defaulted = templateSchema.parse({ ...raw, print: older });
    expect([defaulted.print.dateStyle, defaulted.print.sourcesPlacement, defaulted.print.sourcesAnnexHeading]).toEqual(['day-month-year', 'end-of-body', undefined]);

    const bad = withPrint({ dateStyle: 'dd/mm/yyyy', sourcesPlacement: 'appendix', sourcesAnnexHeading: ' ' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['print.dateStyle', 'print.sourcesAnnexHeading', 'print.sourcesPlacement']);
    expect(withPrint({ sourcesAnnexHeading: 'x'.repeat(81) }).success).toBe(false);
  });
});

describe('the counting rule', () => {
  it('counts only the pages before a sources annex against the limit', () => {
    expect(countedPages({ pageCount: 3, annexPages: 1 })).toBe(2);
    expect(countedPages({ pageCount: 3 })).toBe(3);
    expect(isOverPageLimit({ pageCount: 3, annexPages: 1 }, 2)).toBe(false);
    expect(isOverPageLimit({ pageCount: 4, annexPages: 1 }, 2)).toBe(true);
    expect(isOverPageLimit({ pageCount: 3 }, 2)).toBe(true);
    expect(isOverPageLimit({ pageCount: 30 }, undefined)).toBe(false);
  });

  it('finds the annex pages from the page the annex starts on', () => {
    expect(annexPagesFrom(3, 3)).toBe(1);
    expect(annexPagesFrom(2, 4)).toBe(3);
    expect(annexPagesFrom(null, 3)).toBe(0);
    // A marker read from outside the print is no annex.
    expect(annexPagesFrom(5, 3)).toBe(0);
    expect(annexPagesFrom(0, 3)).toBe(0);
  });

  it('says what counts and what does not', () => {
    expect(describePrintedLength({ pageCount: 3, annexPages: 1 }, 2)).toBe('2 pages of 2 allowed + 1 page of sources');
    expect(describePrintedLength({ pageCount: 5, annexPages: 2 }, 2)).toBe('3 pages of 2 allowed + 2 pages of sources — over the limit');
    expect(describePrintedLength({ pageCount: 1, annexPages: 0 }, 2)).toBe('1 page of 2 allowed');
    expect(describePrintedLength({ pageCount: 3 }, 2)).toBe('3 pages of 2 allowed — over the limit');
    expect(describePrintedLength({ pageCount: 2, annexPages: 1 }, undefined)).toBe('1 page + 1 page of sources');
    expect(pageLimitWarning({ pageCount: 3, annexPages: 1 }, 2)).toBeNull();
    expect(pageLimitWarning({ pageCount: 4, annexPages: 1 }, 2)).toBe('3 pages; the template allows 2 (the 1 page of the sources annex not counted)');
    expect(pageLimitWarning({ pageCount: 3 }, 2)).toBe('3 pages; the template allows 2');
  });
});

describe('the annex and dates in the print document and the DOCX', () => {
  it('starts the annex on a new page under its heading, marked only in the page-count pass', () => {
    const note = citingNote(decision, 1, 2);
    const html = noteToPrintHtml(note);
    expect(html).toContain('<section class="sources annex" aria-labelledby="sources-heading"><h2 id="sources-heading">Annex: Sources</h2><ol>');
    expect(html).toContain('section.sources.annex { break-before: page;');
    expect(html).not.toContain(ANNEX_START_URL);
    expect(layoutPrintPage(note, { draft: false }).split(ANNEX_START_URL)).toHaveLength(2);
    expect(noteToPrintHtml(citingNote(usMemo, 1, 1))).toContain('<h2 id="sources-heading">Attachment: Sources</h2>');
    // A template that keeps sources in the body, and a note with nothing cited, print no annex.
    const inBody = noteToPrintHtml(citingNote(information, 1, 2), { markAnnexStart: true });
    expect(inBody).toContain('<section class="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2>');
    expect(inBody).not.toContain(ANNEX_START_URL);
    expect(layoutPrintPage(citingNote(decision, 1, 0), { draft: false })).not.toContain('Annex');
  });

  it('prints date fields in the template style and the note language, in the metadata block and the running header', () => {
    const metadataRow = (html: string) => /<th scope="row">Date<\/th><td>([^<]*)<\/td>/.exec(html)?.[1];
    expect(metadataRow(noteToPrintHtml(citingNote(decision, 0, 0, { date: '2026-12-06' })))).toBe('6 December 2026');
    expect(metadataRow(noteToPrintHtml(citingNote(usMemo, 0, 0, { date: '2026-12-06' })))).toBe('December 6, 2026');
    const french = { ...citingNote(decision, 0, 0, { date: '2026-12-01' }), language: 'fr-CA' } as Note;
    expect(metadataRow(noteToPrintHtml(french))).toBe('1er décembre 2026');
    expect(metadataRow(noteToPrintHtml(citingNote(decision, 0, 0, { date: 'early <December>' })))).toBe('early &lt;December&gt;');
    const isoTemplate = { ...decision, print: { ...decision.print, dateStyle: 'iso' as const } };
    expect(metadataRow(noteToPrintHtml(citingNote(isoTemplate, 0, 0, { date: '2026-12-06' })))).toBe('2026-12-06');
  });

  it('gives the DOCX the same dates and the annex on a new page', async () => {
    const file = await renderNoteDocx(citingNote(decision, 1, 2, { date: '2026-12-06' }), { version: 'test' });
    const xml = zipEntries(file.bytes).get('word/document.xml')!.toString('utf8');
    const text = wordText(xml);
    expect(text).toContain('6 December 2026');
    expect(text).not.toContain('2026-12-06');
    expect(xml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>)[\s\S])*Annex: Sources/);
    const inBody = await renderNoteDocx(citingNote(information, 1, 2), { version: 'test' });
    const inBodyXml = zipEntries(inBody.bytes).get('word/document.xml')!.toString('utf8');
    expect(wordText(inBodyXml)).toContain('Sources');
    expect(inBodyXml).not.toContain('<w:pageBreakBefore/>');
  });
});

describe('the page count of a note with a sources annex (real Chromium)', () => {
  let printer: PdfPrinter;
  beforeAll(() => {
    printer = createPlaywrightPrinter({ executablePath: findChromium() });
  });
  afterAll(async () => {
    await printer.close();
  });

  it(
    'counts the pages before the annex, read from the same print as the export, whole or from its last pages',
    async () => {
      const note = citingNote(decision, 12, 6);
      const pdf = await readPdf((await renderNotePdf(note, printer, { version: '9.9.9' })).bytes);
      const annexStart = pdf.pages.findIndex((page) => page.includes('Annex: Sources')) + 1;
      expect(annexStart).toBeGreaterThan(1);
      // The annex page holds the sources and nothing of the body.
      expect(pdf.pages[annexStart - 1]).toContain('Review of spectrum policy, part 6');
      expect(pdf.pages[annexStart - 1]).not.toContain('programme criteria');
      const expected = { pageCount: pdf.pages.length, firstPage: [], annexPages: pdf.pages.length - annexStart + 1 };

      expect(await notePrintLayout(note, printer, { version: '9.9.9' })).toEqual(expected);
      const html = layoutPrintPage(note, { draft: false });
      const tails: number[] = [];
      const watched: PdfPrinter = { ...printer, print: printer.print, printTail: (page, from) => (tails.push(from), printer.printTail!(page, from)) };
      expect(await measurePrintLayout(note, watched, html, { pageCount: pdf.pages.length + 1, firstPage: [] })).toEqual(expected);
      expect(tails).toEqual([pdf.pages.length - 1]);

      // Without the annex the same note counts every page, the sources with them.
      const inBody = { ...note, template: { ...decision, print: { ...decision.print, sourcesPlacement: 'end-of-body' as const } } };
      const whole = await notePrintLayout(inBody, printer, { version: '9.9.9' });
      expect(whole.annexPages).toBeUndefined();
      expect(whole.pageCount).toBeGreaterThanOrEqual(annexStart - 1);
    },
    60_000,
  );

  it(
    'keeps the end-to-end test\u2019s note as it says: the body ends on page 2 and its sources, printed in the body, spill onto page 3',
    async () => {
      const note = noteWithSpilledSources();
      const inBody = { ...note, template: { ...note.template, print: { ...note.template.print, sourcesPlacement: 'end-of-body' as const } } };
      const spilled = await readPdf((await renderNotePdf(inBody, printer, { version: '9.9.9' })).bytes);
      expect(spilled.pages).toHaveLength(3);
      expect(spilled.pages[1]).toContain(SPILLED_SOURCES_LAST_WORDS);
      expect(await notePrintLayout(note, printer, { version: '9.9.9' })).toEqual({ pageCount: 3, firstPage: [], annexPages: 1 });
    },
    60_000,
  );
});
