import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarkingPlacement } from '../../../../../common/classification';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../../../common/editorState';
import { newNote, type Note } from '../../../../../common/note';
import { templateSchema, type Template } from '../../../../../common/template';
import { findChromium } from '../../../../../electron/host/print/findChromium';
import type { PdfPrinter } from '../../../../../electron/services/ports/pdfPrinter';
import { createPlaywrightPrinter } from '../../../../../electron/host/print/playwrightPrinter';
import { renderNotePdf } from '../../../../../electron/services/export/exportPdf';
import { inspectPdf, lineText, pdfFonts, qpdfCheck, runsNear, type PdfInspection } from '../../../../support/pdfInspect';

const CHROMIUM_TIMEOUT = 60_000;

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const decision = loadTemplate('01-decision-note');
const information = loadTemplate('02-information-note');

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
      // The file number first, then the subject.
      expect(file.fileName).toBe(`FILE-0042 ${subject}.pdf`);
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
        // The note's language (Canadian English unless it says otherwise).
        Language: 'en-CA',
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

  it(
    'exports bad input: a 200-row table, a 10,000-word paragraph, CJK, Arabic and emoji, an unknown classification, as a draft',
    async () => {
      const cell = (text: string, headerState = 0): SerializedNode => ({
        type: 'tablecell',
        headerState,
        children: [paragraphNode([textNode(text)])],
      });
      const rows: SerializedNode[] = [{ type: 'tablerow', children: [cell('Region', 1), cell('Amount', 1)] }];
      for (let i = 1; i <= 200; i++) rows.push({ type: 'tablerow', children: [cell(`Region ${i}`, 2), cell(`${i * 1000}`)] });
      const words = Array.from({ length: 10_000 }, (_, i) => `word${i}`).join(' ');
      const mixed = '\u4e2d\u6587\u6458\u8981 \u0645\u0644\u062e\u0635 \ud83d\ude00 caf\u00e9';
      const note = noteWith(decision, { subject: 'Stress test', classification: 'Cabinet confidence, eyes only' }, [
        headingNode('h2', 'Table'),
        { type: 'table', children: rows },
        headingNode('h2', 'Long paragraph'),
        paragraphNode([textNode(words)]),
        paragraphNode([textNode(mixed)]),
      ]);
      const file = await renderNotePdf(note, printer, { ...OPTIONS, draft: true });
      const pdf = await inspectPdf(file.bytes);
      const total = pdf.pages.length;
      expect(total).toBeGreaterThanOrEqual(10);

      const text = pdf.pages.map((page) => lineText(page.runs)).join(' ');
      expect(text).toContain('Region 200');
      expect(text).toContain('word9999');
      // Arabic and the accented Latin come out as text; what CJK and emoji look like depends
      // on the system's fonts (see the README), but the export does not fail on them.
      expect(text).toContain('caf\u00e9');
      pdf.pages.forEach((page, index) => {
        // The unknown classification is printed as written, in capitals, on every page.
        expect(lineText(runsNear(page, 'top')), `page ${index + 1}`).toContain('CABINET CONFIDENCE, EYES ONLY');
        expect(lineText(runsNear(page, 'bottom').filter((run) => run.x > page.width / 2))).toBe(`Page ${index + 1} of ${total}`);
        // The watermark is on every page, as an artifact.
        const draft = page.runs.filter((run) => run.str.includes('D') && run.artifact && run.y > page.height * 0.1 && run.y < page.height * 0.9);
        expect(draft.length, `watermark on page ${index + 1}`).toBeGreaterThan(0);
      });
      // The header row is repeated on every page the table runs over.
      const tablePages = pdf.pages.filter((page) => /Region \d+/.test(lineText(page.runs)));
      expect(tablePages.length).toBeGreaterThanOrEqual(3);
      for (const page of tablePages) expect(lineText(page.runs)).toMatch(/Region Amount/);
      expect(pdfFonts(file.bytes).filter((font) => !font.embedded)).toEqual([]);
      expect(qpdfCheck(file.bytes).ok).toBe(true);
    },
    CHROMIUM_TIMEOUT,
  );
});
