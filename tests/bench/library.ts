// The library's figures from issue 3: a 100,000-entry library searched in the service and in
// the UI, opened at start-up, its memory while searching, and import speed. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { dispatch } from '../../common/dispatch';
import type { ImportProposal } from '../../common/libraryImport';
import { startBrowserBackend, PROJECT_ROOT } from '../../electron/host/browserBackend';
import { newToken } from '../../electron/host/guards';
import { startHostServer } from '../../electron/host/server';
import { CHROMIUM_ARGS, findChromium } from '../../electron/services/export/findChromium';
import { createImportService } from '../../electron/services/import/importService';
import { helperBeside, summaryInHelper, useImportHelper } from '../../electron/services/import/importHelper';
import { readDocument } from '../../electron/services/import/readDocument';
import { DEFAULT_DEVELOPMENTS } from '../../electron/services/library/defaultDevelopments';
import { openLibrary } from '../../electron/services/library/library';
import { articleFiles } from './articleFiles';
import { benchWorkspace, makeGenerator } from './generateLibrary';
import { machineLoad } from './stats';

type Stats = (samples: number[]) => string;
const LIBRARY_SIZE = 100_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-'));

type Samples = { wall: number[]; cpu: number[] };

function runChild(root: string, mode: 'open' | 'search'): unknown {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'librarySearchChild.ts'), root, mode], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`library search child failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

function serviceSearch(root: string, stats: Stats): void {
  const opens = Array.from({ length: 7 }, () => runChild(root, 'open') as { opened: number; firstSearch: number });
  console.log(`  open at start-up, new process each time (target ≤ 200 ms)  ${stats(opens.map((o) => o.opened))}`);
  console.log(`  first search after opening                           ${stats(opens.map((o) => o.firstSearch))}`);
  console.log(`  ${machineLoad()}`);
  const result = runChild(root, 'search') as { byTerms: Samples[]; common: Samples; peakRss: number };
  const all: Samples = { wall: result.byTerms.flatMap((s) => s.wall), cpu: result.byTerms.flatMap((s) => s.cpu) };
  const show = (label: string, samples: Samples) => {
    console.log(`  ${label.padEnd(52)} wall ${stats(samples.wall)}`);
    console.log(`  ${''.padEnd(52)} CPU  ${stats(samples.cpu)}`);
  };
  console.log('  service search with one filter (target p95 ≤ 10 ms):');
  result.byTerms.forEach((samples, i) => show(`  ${i + 1} term${i ? 's' : ''}`, samples));
  show('  1–3 terms together', all);
  show('words in nearly every entry (worst case)', result.common);
  console.log(`  back-end RSS while searching (target < 300 MB)     ${(result.peakRss / 1024 / 1024).toFixed(0)} MB`);
  console.log(`  ${machineLoad()}`);
}

/** Each format of one 5,000-word article, read and extracted by the import service (wall and CPU time); exported to run alone. */
/** As the built app does: the import helper thread started from beside the built entries; waits until it is ready. */
async function startImportHelper(): Promise<void> {
  useImportHelper(helperBeside(pathToFileURL(path.join(PROJECT_ROOT, 'out', 'main', 'serve.js')).href));
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    // The first ask starts the thread; the answer is null until it has loaded pdfjs.
    const answer = summaryInHelper('Is the helper ready?', '');
    if (answer) return void (await answer);
  }
  throw new Error('the import helper thread was not ready in 20 s');
}

export async function importArticle(stats: Stats): Promise<void> {
  const dir = tempDir();
  const library = openLibrary(path.join(dir, 'library.db'), { seed: DEFAULT_DEVELOPMENTS });
  const importer = createImportService(library);
  const { words, files } = await articleFiles(5000);
  await startImportHelper();
  console.log(`  import + extract, one ${words}-word article (target ≤ 50 ms each; on the helper thread: a PDF's second half of pages, and the summary's ranking), ${machineLoad()}:`);
  for (const [name, bytes] of files) {
    const data = Buffer.from(bytes).toString('base64');
    const samples: Samples = { wall: [], cpu: [] };
    for (let i = 0; i < 25; i++) {
      const wallStart = performance.now();
      const cpuStart = process.cpuUsage();
      await importer.proposeFromFile(name, data);
      const cpu = process.cpuUsage(cpuStart);
      // The first five runs load the reader and warm it up; a person importing files sees those once.
      if (i < 5) continue;
      samples.wall.push(performance.now() - wallStart);
      samples.cpu.push((cpu.user + cpu.system) / 1000);
    }
    // Where the time goes: reading the file alone, the rest being extraction and the duplicate check.
    const reading: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await readDocument(name, bytes);
      reading.push(performance.now() - start);
    }
    console.log(`    ${name.slice(8).padEnd(9)} wall ${stats(samples.wall)}`);
    console.log(`    ${''.padEnd(9)} CPU  ${stats(samples.cpu)}`);
    console.log(`    ${''.padEnd(9)} of which reading the file: wall ${stats(reading)}`);
  }
  useImportHelper(null);
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function importThousandFiles(): Promise<void> {
  const dir = tempDir();
  const backend = startBrowserBackend(dir);
  await startImportHelper();
  const generator = makeGenerator(99);
  const files = Array.from({ length: 1000 }, (_, i) => {
    const body = `${generator.sentence()}\n\n${generator.paragraph(6)}\n\n${generator.paragraph(6)}\n\n${generator.paragraph(4)}`;
    if (i % 3 === 0) return { name: `file-${i}.html`, text: `<html><head><title>Item ${i}</title></head><body><article>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>` };
    return { name: `file-${i}.${i % 3 === 1 ? 'txt' : 'md'}`, text: body };
  });
  const start = performance.now();
  let saved = 0;
  for (const file of files) {
    const proposal = await dispatch(backend.handlers, 'library.importFile', { fileName: file.name, dataBase64: Buffer.from(file.text).toString('base64') });
    if (!proposal.ok) continue;
    const result = await dispatch(backend.handlers, 'library.saveImport', { action: 'keep both', fields: (proposal.value as ImportProposal).fields });
    if (result.ok) saved++;
  }
  const elapsed = performance.now() - start;
  useImportHelper(null);
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`  1,000 files (txt, md, html) read, proposed and saved through the contract, with the helper thread (target ≤ 60 s): ${(elapsed / 1000).toFixed(1)} s, ${saved} saved`);
}

/** Keystroke to results painted in Chromium, through the browser host, on the 100,000-entry workspace. */
async function keystrokeToPaint(root: string, stats: Stats): Promise<void> {
  const rendererDir = path.join(PROJECT_ROOT, 'out', 'renderer');
  const backend = startBrowserBackend(root);
  const token = newToken();
  const server = await startHostServer({ handlers: backend.handlers, rendererDir, token, port: 0 });
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage();
  await page.goto(`${server.url}#token=${token}`);
  const search = page.getByLabel('Search library');
  await page.getByRole('list', { name: 'Library results' }).getByRole('listitem').first().waitFor();
  const generator = makeGenerator(5);
  const queries = Array.from({ length: 10 }, (_, i) => Array.from({ length: 1 + (i % 2) }, () => generator.queryWord()).join(' '));
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      await search.fill(query.slice(0, -1));
      await page.waitForFunction((q) => document.querySelector('[aria-label="Library results"]')?.getAttribute('data-results-for') === q, query.slice(0, -1));
      // Start at the keydown, stop once the frame after the results for the full query are in the DOM
      // is painted (a user-blocking task posted from its animation frame runs right after it).
      const timing = page.evaluate(
        (q) =>
          new Promise<number>((resolve) => {
            const input = document.getElementById('library-search')!;
            const list = document.querySelector('[aria-label="Library results"]')!;
            let started = 0;
            input.addEventListener('keydown', (event) => (started = event.timeStamp), { once: true });
            const observer = new MutationObserver(() => {
              if (list.getAttribute('data-results-for') !== q) return;
              observer.disconnect();
              requestAnimationFrame(() => scheduler.postTask(() => resolve(performance.now() - started), { priority: 'user-blocking' }));
            });
            observer.observe(list, { attributes: true, childList: true, subtree: true });
          }),
        query,
      );
      await search.press(query.slice(-1));
      samples.push(await timing);
    }
  }
  await browser.close();
  await server.close();
  await backend.close();
  console.log(`  keystroke → results painted, Chromium via the browser host (target ≤ 100 ms) ${stats(samples)}`);
  console.log(`  ${machineLoad()}`);
}

export async function libraryBenchmarks(stats: Stats): Promise<void> {
  console.log(`Library at ${LIBRARY_SIZE.toLocaleString('en')} developments:`);
  const root = benchWorkspace(LIBRARY_SIZE, (line) => console.log(line));
  serviceSearch(root, stats);
  await keystrokeToPaint(root, stats);
  console.log('Library import:');
  await importArticle(stats);
  await importThousandFiles();
}
