// `npm run bench`: prints figures; asserts nothing. Run on an idle machine and read the
// spread (min / median / p95) rather than a single number.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import { startBrowserBackend } from '../../electron/host/browserBackend';
import { CHROMIUM_ARGS, findChromium } from '../../electron/host/print/findChromium';
import { createPlaywrightPrinter } from '../../electron/host/print/playwrightPrinter';
import { renderNotePdf } from '../../electron/services/export/exportPdf';
import { openLibrary } from '../../electron/services/library/library';
import { DEFAULT_DEVELOPMENTS } from '../../electron/services/library/defaultDevelopments';
import { bundleImportBench } from './bundleImport';
import { benchEditor } from './editor';
import { benchReview } from './review';
import { exportBenchmarks } from './export';
import { extractionBenchmarks } from './extraction';
import { firstPageBench } from './firstPage';
import { importMemoryBench } from './importMemory';
import { notesBench } from './notes';
import { snippetsBench } from './snippets';
import { noteShareBench } from './noteShare';
import { compareBench } from './compare';
import { FIGURES_FILE_ENV, readFigures, record, summaryTable } from './figures';
import { libraryBenchmarks, libraryImport, millionEntryLibrary } from './library';
import { parseBenchArgs, repeatRuns } from './repeat';
import { startServedBackend } from './servedBackend';
import { stats } from './stats';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-'));
}

/** Spawn `serve` to first paint of the app in Chromium, as a user starting the browser host sees it. */
async function startupToFirstPaint(): Promise<void> {
  const runs: { ready: number; paint: number; interactive: number }[] = [];
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  for (let i = 0; i < 5; i++) {
    const dataDir = tempDir();
    // The tab is opened first: the browser making a tab (about 100 ms through Playwright) is not Brieflink's start-up.
    const page = await browser.newPage();
    const started = performance.now();
    const served = await startServedBackend(dataDir);
    const ready = performance.now() - started;
    await page.goto(served.url);
    await page.getByRole('button', { name: 'New note' }).waitFor();
    const interactive = performance.now() - started;
    const paint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    runs.push({ ready, paint: ready + paint, interactive });
    await page.close();
    served.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  await browser.close();
  console.log('Browser host start-up (spawn → …), first run includes a new workspace and seeding the library:');
  console.log(`  server ready      ${stats(runs.map((r) => r.ready))}`);
  console.log(`  first paint       ${stats(runs.map((r) => r.paint))}`);
  console.log(`  notes list usable ${stats(runs.map((r) => r.interactive))}`);
  record('startup.firstPaint', runs.map((r) => r.paint));
  record('startup.notesList', runs.map((r) => r.interactive));
}

/** A decision note with enough text for two pages, exported through Chromium's print engine. */
async function pdfExport(): Promise<void> {
  const dataDir = tempDir();
  const backend = startBrowserBackend(dataDir);
  const note = await backend.handlers['notes.create']({ templateId: 'decision-note' });
  const paragraph = 'The interagency review weighs tiered licensing for non-sensitive technology, with controls kept on advanced chips. '.repeat(6);
  note.metadata.subject = 'Export controls: tiered licensing';
  note.body = editorState(
    note.template.sections.flatMap((section) => [headingNode('h2', section.heading), ...Array.from({ length: 1 }, () => paragraphNode([textNode(paragraph)]))]),
  );
  const printer = createPlaywrightPrinter();
  const coldStart = performance.now();
  const first = await renderNotePdf(note, printer, { version: 'bench' });
  const cold = performance.now() - coldStart;
  // The printer opens its next page in the background after each print; a person pausing
  // between exports gets that page ready, a loop that prints back to back does not.
  const timeExports = async (pauseMs: number) => {
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const start = performance.now();
      await renderNotePdf(note, printer, { version: 'bench' });
      samples.push(performance.now() - start);
    }
    return samples;
  };
  const backToBack = await timeExports(0);
  const afterPause = await timeExports(1000);
  await printer.close();
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`PDF export of a ${first.pageCount}-page decision note (${(first.bytes.length / 1024).toFixed(0)} KB):`);
  console.log(`  cold (launches Chromium) ${cold.toFixed(0)} ms`);
  console.log(`  warm, back to back       ${stats(backToBack)}`);
  console.log(`  warm, after a 1 s pause  ${stats(afterPause)}`);
  record('pdf.twoPage.backToBack', backToBack);
  record('pdf.twoPage.afterPause', afterPause);
}

/** Search over the default library in the service (the 100,000-entry benchmark belongs to the library work). */
function librarySearch(): void {
  const dataDir = tempDir();
  const library = openLibrary(path.join(dataDir, 'library.db'), { seed: DEFAULT_DEVELOPMENTS });
  const queries = ['export', 'deepfake takedown', 'semicond', 'AI governance singapore', 'robot', 'licensing china'];
  const samples: number[] = [];
  for (let round = 0; round < 200; round++) {
    for (const query of queries) {
      const start = performance.now();
      library.search(query, 20);
      samples.push(performance.now() - start);
    }
  }
  library.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`Library search, default library (${DEFAULT_DEVELOPMENTS.length} developments): ${stats(samples)}`);
}

/** The parts of the benchmark, by the names `--only` takes, in the order a full run goes through them. */
const PARTS: Record<string, () => unknown> = {
  'search-default': librarySearch,
  notes: () => notesBench(stats),
  snippets: snippetsBench,
  share: noteShareBench,
  compare: compareBench,
  pdf: pdfExport,
  export: exportBenchmarks,
  'first-page': firstPageBench,
  startup: startupToFirstPaint,
  editor: benchEditor,
  review: benchReview,
  extraction: extractionBenchmarks,
  library: () => libraryBenchmarks(stats),
  'library-1m': () => millionEntryLibrary(stats),
  import: libraryImport,
  bundle: bundleImportBench,
  'import-memory': importMemoryBench,
  spelling: async () => (await import('./spelling')).spellingBench(),
};

const options = parseBenchArgs(process.argv.slice(2), Object.keys(PARTS));
if (options.repeat > 1) {
  repeatRuns(options);
} else {
  const figuresFile = process.env[FIGURES_FILE_ENV] ?? path.join(tempDir(), 'figures.jsonl');
  process.env[FIGURES_FILE_ENV] = figuresFile;
  console.log(`Brieflink benchmarks · Node ${process.version} · ${os.cpus().length} cores · ${new Date().toISOString()} · parts: ${options.parts.join(', ')}`);
  for (const part of options.parts) await PARTS[part]();
  console.log(`\n${summaryTable([readFigures(figuresFile)])}`);
}
