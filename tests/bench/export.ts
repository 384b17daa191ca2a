// Export benchmarks: PDF through Chromium's print engine (cold and warm), DOCX, and, beside
// them, LibreOffice turning the same note's DOCX into a PDF. Prints figures; asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../common/editorState';
import { newNote, type Note } from '../../common/note';
import { templateSchema } from '../../common/template';
import { createPlaywrightPrinter } from '../../electron/host/print/playwrightPrinter';
import { renderNoteDocx } from '../../electron/services/export/exportDocx';
import { renderNotePdf } from '../../electron/services/export/exportPdf';
import { builtInTemplateFile } from '../support/backendFixture';

const OPTIONS = { version: 'bench', author: { name: 'Bench', organisation: 'Benchmarks' } };
const SENTENCE = 'The interagency review weighs tiered licensing for non-sensitive technology, with controls kept on advanced chips. ';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function figures(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(0)} ms · median ${median(samples).toFixed(0)} ms · max ${sorted[sorted.length - 1]!.toFixed(0)} ms · n=${samples.length}`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

const template = templateSchema.parse(JSON.parse(fs.readFileSync(builtInTemplateFile('decision-note'), 'utf8')));

/** A decision note of `paragraphs` paragraphs under its section headings, with a table every 20. */
function noteOf(paragraphs: number): Note {
  const note = newNote(template, 'bench-note', new Date('2026-03-01T12:00:00Z'), {
    subject: 'Export controls: tiered licensing',
    to: 'Deputy Minister',
    from: 'Director General, Policy',
    date: '2026-03-01',
    reference: 'FILE-2026-0042',
    classification: 'PROTECTED B',
  });
  const body: SerializedNode[] = [];
  const perSection = Math.ceil(paragraphs / template.sections.length);
  let written = 0;
  for (const section of template.sections) {
    body.push(headingNode('h2', section.heading));
    for (let i = 0; i < perSection && written < paragraphs; i++, written++) {
      body.push(paragraphNode([textNode(`${written + 1}. ${SENTENCE.repeat(4)}`)]));
    }
  }
  note.body = editorState(body);
  return note;
}

/** A note that prints to about `pages` pages: estimated, then corrected once from a real print. */
async function noteOfPages(pages: number, printer: ReturnType<typeof createPlaywrightPrinter>): Promise<Note> {
  let paragraphs = pages * 5;
  const first = await renderNotePdf(noteOf(paragraphs), printer, OPTIONS);
  paragraphs = Math.max(1, Math.round((paragraphs * pages) / (first.pageCount ?? pages)));
  return noteOf(paragraphs);
}

function libreOfficeBinary(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

/** LibreOffice headless converting a DOCX to PDF: the whole process, as a user scripting it would run it. */
function libreOfficeConvert(binary: string, docx: string, outDir: string, profileDir: string): number {
  const start = performance.now();
  execFileSync(binary, [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return performance.now() - start;
}

export async function exportBenchmarks(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-export-'));
  const sizing = createPlaywrightPrinter();
  const twoPage = await noteOfPages(2, sizing);
  const fiftyPage = await noteOfPages(50, sizing);
  await sizing.close();

  // Cold: a new printer each time, so each export launches Chromium.
  const cold: number[] = [];
  let twoPageCount = 0;
  for (let i = 0; i < 3; i++) {
    const printer = createPlaywrightPrinter();
    const run = await timed(() => renderNotePdf(twoPage, printer, OPTIONS));
    cold.push(run.ms);
    twoPageCount = run.value.pageCount ?? 0;
    await printer.close();
  }

  const printer = createPlaywrightPrinter();
  await renderNotePdf(twoPage, printer, OPTIONS);
  const warm = async (note: Note, runs: number, pauseMs: number) => {
    const samples: number[] = [];
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const run = await timed(() => renderNotePdf(note, printer, OPTIONS));
      samples.push(run.ms);
      pages = run.value.pageCount ?? 0;
    }
    return { samples, pages };
  };
  const twoWarmPaused = await warm(twoPage, 10, 500);
  const twoWarmBackToBack = await warm(twoPage, 10, 0);
  const fiftyWarm = await warm(fiftyPage, 5, 500);
  await printer.close();

  const docxTwo: number[] = [];
  const docxFifty: number[] = [];
  for (let i = 0; i < 5; i++) {
    docxTwo.push((await timed(() => renderNoteDocx(twoPage, OPTIONS))).ms);
    docxFifty.push((await timed(() => renderNoteDocx(fiftyPage, OPTIONS))).ms);
  }

  console.log('Export (Chromium print engine; the time includes the print HTML, fonts, printing and the PDF properties/artifact pass):');
  console.log(`  ${twoPageCount}-page note, cold (launches Chromium)  ${figures(cold)}   target ≤ 1500 ms`);
  console.log(`  ${twoWarmPaused.pages}-page note, warm, 0.5 s apart     ${figures(twoWarmPaused.samples)}   target ≤ 400 ms`);
  console.log(`  ${twoWarmBackToBack.pages}-page note, warm, back to back    ${figures(twoWarmBackToBack.samples)}`);
  console.log(`  ${fiftyWarm.pages}-page note, warm                  ${figures(fiftyWarm.samples)}   target ≤ 2000 ms`);
  console.log(`  DOCX, ${twoWarmPaused.pages}-page note                     ${figures(docxTwo)}`);
  console.log(`  DOCX, ${fiftyWarm.pages}-page note                    ${figures(docxFifty)}`);

  const binary = libreOfficeBinary();
  if (!binary) {
    console.log('  LibreOffice not installed: no comparison (Debian: apt-get install libreoffice-writer-nogui).');
  } else {
    const profile = path.join(dir, 'lo-profile');
    for (const [label, note, ours] of [
      ['2-page', twoPage, median(twoWarmPaused.samples)],
      ['50-page', fiftyPage, median(fiftyWarm.samples)],
    ] as const) {
      const docx = path.join(dir, `${label}.docx`);
      fs.writeFileSync(docx, (await renderNoteDocx(note, OPTIONS)).bytes);
      const first = libreOfficeConvert(binary, docx, dir, profile);
      const again = [libreOfficeConvert(binary, docx, dir, profile), libreOfficeConvert(binary, docx, dir, profile)];
      const pdfPages = /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path.join(dir, `${label}.pdf`)], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? '?';
      console.log(
        `  LibreOffice headless, ${label} DOCX → PDF (${pdfPages} pages): first ${first.toFixed(0)} ms, then ${again.map((ms) => ms.toFixed(0)).join(' / ')} ms;` +
          ` ratio to Brieflink warm: ${(median(again) / ours).toFixed(1)}×`,
      );
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
