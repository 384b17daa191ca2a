import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarkingPlacement } from '../../common/classification';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../common/editorState';
import { newNote, type Note } from '../../common/note';
import { templateSchema, type Template } from '../../common/template';
import { findChromium } from '../../electron/services/export/findChromium';
import { createPlaywrightPrinter, type PdfPrinter } from '../../electron/services/export/pdfPrinter';
import { renderNotePdf } from '../../electron/services/exportPdf';
import { inspectPdf, lineText, pdfFonts, qpdfCheck, runsNear, type PdfInspection } from '../support/pdfInspect';

const CHROMIUM_TIMEOUT = 60_000;

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const decision = loadTemplate('decision-note');
const information = loadTemplate('information-note');

const SENTENCE = 'The department reviewed the proposal against the programme criteria and found the costs consistent with the envelope. ';

function noteWith(template: Template, metadata: Record<string, string>, body: SerializedNode[]): Note {
  const note = newNote(template, 'export-test', new Date('2026-03-01T12:00:00Z'), metadata);
  note.body = editorState(body);
  return note;
}

/** Three sections of long paragraphs: three or more pages. */
function longBody(sections: string[]): SerializedNode[] {
  return sections.flatMap((heading) => [
    headingNode('h2', heading),
    ...Array.from({ length: 5 }, (_, i) => paragraphNode([textNode(`${heading} ${i + 1}. ${SENTENCE.repeat(5)}`)])),
  ]);
}

const OPTIONS = { version: '9.9.9', author: { name: 'Alex Writer', organisation: 'Policy Branch' } };

function flatOutline(outline: PdfInspection['outline']): string[] {
  return outline.flatMap((entry) => [entry.title, ...flatOutline(entry.items ?? [])]);
}

describe('PDF export (real Chromium, read back with pdfjs)', () => {
  let printer: PdfPrinter;
  beforeAll(() => {
    printer = createPlaywrightPrinter({ executablePath: findChromium() });
  });
  afterAll(async () => {
    await printer.close();
  });

  it(
    'marks top and bottom of every page, numbers every page on the right, and sets outline, tags, properties and fonts',
    async () => {
      const subject = 'Funding for the rural broadband programme';
      const sections = ['Purpose', 'Background', 'Options'];
      const note = noteWith(
        { ...decision, print: { ...decision.print, headerFields: ['reference'] } },
        { subject, classification: 'protected b', reference: 'FILE-0042' },
        longBody(sections),
      );
      // Topics are not a template field yet; a note that has them lists them as keywords.
      note.metadata.topics = 'broadband, rural';
      const file = await renderNotePdf(note, printer, OPTIONS);
      expect(file.fileName).toBe(`${subject}.pdf`);
      const pdf = await inspectPdf(file.bytes);
      const total = pdf.pages.length;
      expect(total).toBeGreaterThanOrEqual(3);
      expect(file.pageCount).toBe(total);

      pdf.pages.forEach((page, index) => {
        const where = `page ${index + 1}`;
        expect(lineText(runsNear(page, 'top')), where).toContain('PROTECTED B');
        expect(lineText(runsNear(page, 'top')), where).toContain('File number: FILE-0042');
        expect(lineText(runsNear(page, 'bottom')), where).toContain('PROTECTED B');
        const numbers = runsNear(page, 'bottom').filter((run) => run.x > page.width / 2);
        expect(lineText(numbers), where).toBe(`Page ${index + 1} of ${total}`);
        // Page furniture is an artifact, not body text read aloud on every page.
        for (const run of [...runsNear(page, 'top', 0.08), ...runsNear(page, 'bottom', 0.08)]) {
          expect(run.artifact, `${where}: "${run.str}"`).toBe(true);
        }
        expect(page.runs.some((run) => !run.artifact), where).toBe(true);
        expect(page.hasStructTree, where).toBe(true);
      });

      expect(flatOutline(pdf.outline)).toEqual([subject, ...sections]);
      expect(pdf.info).toMatchObject({
        Title: subject,
        Author: 'Policy Branch',
        Subject: subject,
        Keywords: 'Decision note; PROTECTED B; broadband; rural',
        Creator: 'Brieflink',
        Language: 'en',
      });
      expect(String(pdf.info.Producer)).toContain('Brieflink 9.9.9');

      const fonts = pdfFonts(file.bytes);
      expect(fonts.map((font) => font.name).join(' ')).toMatch(/Tinos-Regular/);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
      const check = qpdfCheck(file.bytes);
      expect(check.ok, check.output).toBe(true);
      // The viewer shows the title, not the file name.
      expect(Buffer.from(file.bytes).toString('latin1')).toMatch(/\/DisplayDocTitle\s+true/);
    },
    CHROMIUM_TIMEOUT,
  );

  it.each<[MarkingPlacement, string]>([
    ['top-right-every-page', 'every'],
    ['top-right-first-page', 'first'],
  ])(
    'places the marking %s',
    async (placement, pagesWithMarking) => {
      const template = { ...information, print: { ...information.print, markingPlacement: placement } };
      const note = noteWith(template, { subject: 'Placement', classification: 'OFFICIAL-SENSITIVE' }, longBody(['One', 'Two']));
      const pdf = await inspectPdf((await renderNotePdf(note, printer, OPTIONS)).bytes);
      expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
      pdf.pages.forEach((page, index) => {
        const topRight = runsNear(page, 'top').filter((run) => run.x > page.width / 2);
        const expected = pagesWithMarking === 'every' || index === 0;
        expect(lineText(topRight).includes('OFFICIAL-SENSITIVE'), `page ${index + 1}`).toBe(expected);
        expect(lineText(runsNear(page, 'bottom')), `page ${index + 1}`).not.toContain('OFFICIAL-SENSITIVE');
      });
      // The Arimo family for a sans-serif template, embedded.
      expect(pdfFonts((await renderNotePdf(note, printer, OPTIONS)).bytes).every((font) => font.embedded)).toBe(true);
    },
    CHROMIUM_TIMEOUT,
  );
});
