import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../common/editorState';
import { firstPageProblems } from '../../../common/firstPage';
import { newNote, type Note } from '../../../common/note';
import { noteToPrintHtml } from '../../../common/print/printHtml';
import { SECTION_END_URL_PREFIX, sectionEndBlocks } from '../../../common/print/sectionEnds';
import { templateSchema, type Template } from '../../../common/template';
import { findChromium } from '../../../electron/host/print/findChromium';
import { notePrintLayout } from '../../../electron/services/export/notePrintLayout';
import type { PdfPrinter } from '../../../electron/services/ports/pdfPrinter';
import { createPlaywrightPrinter } from '../../../electron/host/print/playwrightPrinter';
import { renderNotePdf } from '../../../electron/services/export/exportPdf';
import { inspectPdf } from '../../support/pdfInspect';

const au = templateSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../templates/08-au-ministerial-brief.json', import.meta.url)), 'utf8')),
);
const SENTENCE = 'The department reviewed the proposal against the programme criteria and found the costs consistent. ';
const OPTIONS = { version: '9.9.9' };

/** An Australian brief whose key points are `points` paragraphs; the last one ends with a word found nowhere else. */
function brief(points: number, template: Template = au): Note {
  const note = newNote(template, 'first-page-test', new Date('2026-03-01T12:00:00Z'), { subject: 'Telecommunications reform' });
  const keyPoints = Array.from({ length: points }, (_, i) => paragraphNode([textNode(`${i + 1}. ${SENTENCE.repeat(3)}${i === points - 1 ? 'Zebrafinch' : ''}`)]));
  note.body = editorState([
    headingNode('h2', 'Recommendations'),
    paragraphNode([textNode('That you agree to the reform.')]),
    headingNode('h2', 'Key points'),
    ...keyPoints,
    headingNode('h2', 'Background'),
    paragraphNode([textNode(SENTENCE)]),
  ]);
  return note;
}

describe('where a section ends, from the body', () => {
  const blocks: SerializedNode[] = [
    headingNode('h2', 'Recommendations'),
    { type: 'decision-block', version: 1, optionGroups: [['Agreed']], signatureLines: [] },
    headingNode('h2', '  key   POINTS '),
    paragraphNode([textNode('one')]),
    headingNode('h3', 'A sub-heading stays inside'),
    paragraphNode([textNode('two')]),
    headingNode('h2', 'Background'),
  ];

  it('ends a section before the next heading of its level, matching headings by their words', () => {
    expect(sectionEndBlocks(blocks, au, [0, 1])).toEqual(new Map([[1, [0]], [5, [1]]]));
  });

  it('ends the last section at the end of the note, and finds nothing when the heading was removed', () => {
    expect(sectionEndBlocks(blocks.slice(2, 6), au, [1])).toEqual(new Map([[3, [1]]]));
    expect(sectionEndBlocks(blocks.slice(3), au, [1])).toEqual(new Map());
  });

  it('puts markers only in the page-count pass, never in the export', () => {
    const note = brief(2);
    expect(noteToPrintHtml(note)).not.toContain(SECTION_END_URL_PREFIX);
    const counted = noteToPrintHtml(note, { markSectionEnds: true });
    expect(counted.split(SECTION_END_URL_PREFIX)).toHaveLength(2);
    expect(counted).toMatch(/Zebrafinch<\/p><div class="section-end"[^>]*><a href="https:\/\/brieflink\.invalid\/section-end\/1"/);
  });
});

describe('first-page check from the real print (Chromium)', () => {
  let printer: PdfPrinter;
  beforeAll(() => {
    printer = createPlaywrightPrinter({ executablePath: findChromium() });
  });
  afterAll(async () => {
    await printer.close();
  });

  /** The page whose text holds the marker word, read from the exported PDF with pdfjs. */
  async function pageOfLastKeyPoint(note: Note): Promise<{ page: number; pageCount: number }> {
    const file = await renderNotePdf(note, printer, OPTIONS);
    const pdf = await inspectPdf(file.bytes);
    const page = pdf.pages.findIndex((candidate) => candidate.runs.some((run) => run.str.includes('Zebrafinch')));
    return { page: page + 1, pageCount: pdf.pages.length };
  }

  it(
    'reports the page the key points end on, agreeing with the exported PDF, for short, boundary and long key points',
    async () => {
      const seen = new Set<number>();
      for (const points of [2, 9, 10, 16]) {
        const note = brief(points);
        const layout = await notePrintLayout(note, printer, OPTIONS);
        const exported = await pageOfLastKeyPoint(note);
        expect(layout.pageCount, `${points} points`).toBe(exported.pageCount);
        expect(layout.firstPage, `${points} points`).toEqual([{ sectionId: 'key-points', heading: 'Key points', endsOnPage: exported.page }]);
        seen.add(exported.page);
      }
      // The sizes were chosen to land on both sides of the page break.
      expect([...seen].sort()).toEqual([1, 2]);
    },
    120_000,
  );

  it(
    'warns only when the section runs past page 1, says when its heading is gone, and checks nothing for other templates',
    async () => {
      const long = await notePrintLayout(brief(16), printer, OPTIONS);
      expect(firstPageProblems(long.firstPage)).toEqual([{ kind: 'first-page', label: '“Key points” runs onto page 2; it should end on page 1' }]);
      expect(firstPageProblems((await notePrintLayout(brief(2), printer, OPTIONS)).firstPage)).toEqual([]);

      const headless = brief(2);
      headless.body = editorState(headless.body.root.children.filter((node) => !(node.type === 'heading' && JSON.stringify(node).includes('Key points'))));
      expect((await notePrintLayout(headless, printer, OPTIONS)).firstPage).toEqual([{ sectionId: 'key-points', heading: 'Key points', endsOnPage: null }]);

      const relaxed = { ...au, sections: au.sections.map((section) => ({ ...section, keepOnFirstPage: false })) };
      expect((await notePrintLayout(brief(16, relaxed), printer, OPTIONS)).firstPage).toEqual([]);
    },
    120_000,
  );
});
