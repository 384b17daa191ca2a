import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../../../../common/editorState';
import { newNote, type Note } from '../../../../../../common/note';
import { printMarking } from '../../../../../../common/print/printHtml';
import { templateSchema, type Template } from '../../../../../../common/template';
import { findChromium } from '../../../../../../electron/host/print/findChromium';
import { createPlaywrightPrinter } from '../../../../../../electron/host/print/playwrightPrinter';
import type { PdfPrinter } from '../../../../../../electron/services/ports/pdfPrinter';
import { renderNoteDocx } from '../../../../../../electron/services/export/exportDocx';
import { renderNotePdf } from '../../../../../../electron/services/export/exportPdf';
import { libreOfficePdfs } from '../../../../../support/libreOffice';
import { onPath, pdfTextLayout, type PageText, type TextLine } from '../../../../../support/pdfTextLayout';

// A reviewer without Word opens the DOCX in LibreOffice: laid out there, it should read like
// Brieflink's own PDF. CI machines may lack LibreOffice; then this is skipped and says why.
const skipped = !onPath('soffice')
  ? 'LibreOffice (soffice) is not on PATH, so the DOCX cannot be laid out to compare with the PDF'
  : !onPath('pdftohtml')
    ? 'poppler-utils (pdftohtml) is not on PATH, so the PDFs cannot be read back'
    : undefined;
if (skipped) console.warn(`docxMatchesPdf.test.ts skipped: ${skipped}`);

const OPTIONS = { version: '9.9.9', author: { name: 'Alex Writer', organisation: 'Policy Branch' } };
const SENTENCE = 'The department reviewed the proposal against the programme criteria and found the costs consistent with the envelope. ';
const SHORT_POINTS = ['First short point.', 'Second short point.', 'Third short point.'];

const decision = templateSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../../../../../templates/01-decision-note.json', import.meta.url)), 'utf8')));
// The marking at the top and bottom of every page, so every page can be checked for it.
const template: Template = { ...decision, print: { ...decision.print, markingPlacement: 'top-and-bottom-every-page' } };

const paragraph = (text: string) => paragraphNode([textNode(text)]);
const list = (items: string[]): SerializedNode => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  children: items.map((item) => ({ type: 'listitem', children: [textNode(item)] })),
});

function noteWith(id: string, body: SerializedNode[]): Note {
  const note = newNote(template, id, new Date('2026-03-01T12:00:00Z'), { subject: 'Funding for the rural broadband programme', to: 'Deputy Minister', from: 'Director, Connectivity' });
  note.body = editorState(body);
  return note;
}

/** Two pages: short one-line points (to measure the space between paragraphs), long paragraphs, a list. */
const twoPages = noteWith('docx-two-pages', [
  headingNode('h2', 'Summary'),
  ...SHORT_POINTS.map(paragraph),
  headingNode('h2', 'Background'),
  ...Array.from({ length: 5 }, (_, i) => paragraph(`Background ${i + 1}. ${SENTENCE.repeat(4)}`)),
  headingNode('h2', 'Considerations'),
  list(['Cost within the envelope', 'Delivery by the regional offices', 'Consultation with the provinces']),
  headingNode('h2', 'Recommendation'),
  paragraph(`That you approve the programme. ${SENTENCE.repeat(2)}`),
]);

/** About ten pages: twelve sections of long paragraphs and a list each. */
const longNote = noteWith(
  'docx-long',
  Array.from({ length: 12 }, (_, section) => [
    headingNode('h2', `Part ${section + 1}`),
    ...Array.from({ length: 4 }, (_, i) => paragraph(`Part ${section + 1}, paragraph ${i + 1}. ${SENTENCE.repeat(4)}`)),
    list([`Point ${section + 1}.1 on costs`, `Point ${section + 1}.2 on timing`]),
  ]).flat(),
);

interface Versions {
  note: Note;
  pdf: PageText[];
  docx: PageText[];
}

const linesOn = (page: PageText, text: string) => page.lines.filter((line) => line.text.trim() === text);
const firstLine = (pages: PageText[], text: string): TextLine => {
  for (const page of pages) {
    const [line] = linesOn(page, text);
    if (line) return line;
  }
  throw new Error(`no line "${text}"`);
};
const isBold = (line: TextLine) => /bold/i.test(line.fontName);

describe.skipIf(skipped !== undefined)('the DOCX laid out by LibreOffice and the PDF', () => {
  let printer: PdfPrinter;
  const versions: Record<'twoPages' | 'long', Versions> = {} as Record<'twoPages' | 'long', Versions>;

  beforeAll(async () => {
    printer = createPlaywrightPrinter({ executablePath: findChromium() });
    const notes = { twoPages, long: longNote };
    const docx = await Promise.all(Object.values(notes).map(async (note) => (await renderNoteDocx(note, OPTIONS)).bytes));
    const converted = libreOfficePdfs(docx);
    for (const [index, [key, note]] of Object.entries(notes).entries()) {
      const pdf = await renderNotePdf(note, printer, OPTIONS);
      versions[key as keyof typeof notes] = { note, pdf: pdfTextLayout(pdf.bytes), docx: pdfTextLayout(converted[index]) };
    }
    for (const [key, { pdf, docx }] of Object.entries(versions)) {
      const pitch = (pages: PageText[]) => (firstLine(pages, SHORT_POINTS[1]).top - firstLine(pages, SHORT_POINTS[0]).top).toFixed(1);
      const spacing = key === 'twoPages' ? `; paragraph pitch PDF ${pitch(pdf)} pt, DOCX ${pitch(docx)} pt` : '';
      console.log(`docxMatchesPdf ${key}: PDF ${pdf.length} pages, DOCX in LibreOffice ${docx.length} pages${spacing}`);
    }
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
  });

  it('has the same number of pages', () => {
    expect(versions.twoPages.pdf).toHaveLength(2);
    for (const { pdf, docx } of Object.values(versions)) expect(docx.length).toBe(pdf.length);
  });

  it('prints the marking at the top and bottom of every page', () => {
    for (const { note, pdf, docx } of Object.values(versions)) {
      const marking = printMarking(note).toUpperCase();
      for (const pages of [pdf, docx]) {
        pages.forEach((page, index) => {
          // In the page margins: the metadata block prints the classification once more, in the body.
          const top = linesOn(page, marking).filter((line) => line.top < page.height * 0.1);
          const bottom = linesOn(page, marking).filter((line) => line.top > page.height * 0.9);
          expect([top.length, bottom.length], `page ${index + 1}`).toEqual([1, 1]);
          expect([...top, ...bottom].every(isBold)).toBe(true);
        });
      }
    }
  });

  it('prints the subject and the section headings in bold, at the size the PDF has', () => {
    const { pdf, docx } = versions.twoPages;
    for (const heading of ['Funding for the rural broadband programme', 'Summary', 'Background', 'Considerations', 'Recommendation']) {
      const [inPdf, inDocx] = [firstLine(pdf, heading), firstLine(docx, heading)];
      expect(isBold(inPdf), `${heading} in the PDF`).toBe(true);
      expect(isBold(inDocx), `${heading} in the DOCX`).toBe(true);
      expect(Math.abs(inDocx.fontSize - inPdf.fontSize), heading).toBeLessThanOrEqual(1);
    }
    expect(isBold(firstLine(docx, SHORT_POINTS[0]))).toBe(false);
  });

  it('spaces paragraphs, and a heading from its text, as the PDF does', () => {
    const { pdf, docx } = versions.twoPages;
    const gap = (pages: PageText[], from: string, to: string) => firstLine(pages, to).top - firstLine(pages, from).top;
    // One-line paragraphs: from one to the next is a line and the space after a paragraph.
    expect(Math.abs(gap(docx, SHORT_POINTS[0], SHORT_POINTS[1]) - gap(pdf, SHORT_POINTS[0], SHORT_POINTS[1]))).toBeLessThanOrEqual(1.5);
    expect(Math.abs(gap(docx, SHORT_POINTS[1], SHORT_POINTS[2]) - gap(pdf, SHORT_POINTS[1], SHORT_POINTS[2]))).toBeLessThanOrEqual(1.5);
    expect(Math.abs(gap(docx, 'Summary', SHORT_POINTS[0]) - gap(pdf, 'Summary', SHORT_POINTS[0]))).toBeLessThanOrEqual(2);
    expect(Math.abs(gap(docx, SHORT_POINTS[2], 'Background') - gap(pdf, SHORT_POINTS[2], 'Background'))).toBeLessThanOrEqual(2);
  });

  it('numbers every page "Page X of Y" at the foot, the numbers the size of the word "Page"', () => {
    for (const { pdf, docx } of Object.values(versions)) {
      for (const pages of [pdf, docx]) {
        pages.forEach((page, index) => {
          const footer = page.lines.filter((line) => line.top > page.height * 0.9);
          // One line of one font: a number in another size would be read as a line of its own.
          expect(footer.map((line) => line.text.trim())).toContain(`Page ${index + 1} of ${pages.length}`);
          const numbering = footer.filter((line) => /Page|^\d+$|^of\b/.test(line.text.trim()));
          expect(new Set(numbering.map((line) => line.fontSize)).size).toBe(1);
        });
      }
    }
  });
});
