// The "ends on page 1" check: what it adds to the live page count of an Australian brief.
// The check prints with markers (same engine, same document plus zero-height links) and reads
// the link annotations back with pdf-lib. Prints figures; asserts nothing.
import fs from 'node:fs';
import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import { newNote, type Note } from '../../common/note';
import { templateSchema } from '../../common/template';
import { notePrintLayout } from '../../electron/services/export/notePrintLayout';
import { createPlaywrightPrinter } from '../../electron/host/print/playwrightPrinter';
import { sectionEndPages } from '../../electron/services/export/sectionEndPages';
import { countPdfPages } from '../../electron/services/export/pdfInfo';
import { printDocument } from '../../electron/services/export/exportPdf';
import { builtInTemplateFile } from '../support/backendFixture';
import { stats } from './stats';

const OPTIONS = { version: 'bench' };
const SENTENCE = 'The reform moves spectrum licensing to auctions with a reserve price and a use-it-or-lose-it rule. ';
const RUNS = 15;

const au = templateSchema.parse(JSON.parse(fs.readFileSync(builtInTemplateFile('au-ministerial-brief'), 'utf8')));

function brief(backgroundParagraphs: number): Note {
  const note = newNote(au, 'bench-first-page', new Date('2026-03-01T12:00:00Z'), { subject: 'Telecommunications reform' });
  note.body = editorState([
    headingNode('h2', 'Recommendations'),
    paragraphNode([textNode('That you agree to the reform.')]),
    headingNode('h2', 'Key points'),
    ...Array.from({ length: 6 }, (_, i) => paragraphNode([textNode(`${i + 1}. ${SENTENCE.repeat(2)}`)])),
    headingNode('h2', 'Background'),
    ...Array.from({ length: backgroundParagraphs }, () => paragraphNode([textNode(SENTENCE.repeat(5))])),
  ]);
  return note;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function firstPageBench(): Promise<void> {
  const printer = createPlaywrightPrinter();
  console.log('\nKey points on page 1 (Australian brief): live page count without and with the check (warm printer):');
  try {
    for (const paragraphs of [0, 8, 60]) {
      const note = brief(paragraphs);
      const layout = await notePrintLayout(note, printer, OPTIONS); // warm-up
      const plain: number[] = [];
      const checked: number[] = [];
      const readBack: number[] = [];
      const markedPdf = await printer.print(printDocument(note, { markSectionEnds: true }));
      // Interleaved, so drift in the machine's load falls on both alike.
      for (let i = 0; i < RUNS; i++) {
        plain.push(await timed(async () => countPdfPages(await printer.print(printDocument(note), 'layout'))));
        checked.push(await timed(() => notePrintLayout(note, printer, OPTIONS)));
        readBack.push(await timed(() => sectionEndPages(markedPdf)));
      }
      const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
      console.log(`  ${layout.pageCount} page(s), key points end on page ${layout.firstPage[0]?.endsOnPage}:`);
      console.log(`    page count only:        ${stats(plain)}`);
      console.log(`    page count + page 1:    ${stats(checked)}  (median +${(median(checked) - median(plain)).toFixed(1)} ms)`);
      console.log(`    reading the markers:    ${stats(readBack)}`);
    }
  } finally {
    await printer.close();
  }
}
