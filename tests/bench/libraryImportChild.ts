// The import figures of issue 3, run in a process of their own by library.ts: one 5,000-word
// article in each format read and extracted by the import service, and 1,000 files through
// the contract. Prints; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../common/dispatch';
import type { ImportProposal } from '../../common/libraryImport';
import { startBrowserBackend } from '../../electron/host/browserBackend';
import { createImportService } from '../../electron/services/import/importService';
import { startImportHelper, stopImportHelper } from './importHelperReady';
import { readDocument } from '../../electron/services/import/readDocument';
import { DEFAULT_DEVELOPMENTS } from '../../electron/services/library/defaultDevelopments';
import { openLibrary } from '../../electron/services/library/library';
import { articleFiles } from './articleFiles';
import { makeGenerator } from './generateLibrary';
import { record } from './figures';
import { startServedBackend } from './servedBackend';
import { machineLoad, stats, type Samples } from './stats';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-'));

/** Each format of one 5,000-word article, read and extracted by the import service (wall and CPU time). */
async function importArticle(): Promise<void> {
  const dir = tempDir();
  const library = openLibrary(path.join(dir, 'library.db'), { seed: DEFAULT_DEVELOPMENTS });
  const importer = createImportService(library);
  const { words, files } = await articleFiles(5000);
  await startImportHelper();
  console.log(`  import + extract, one ${words}-word article (target ≤ 50 ms each; on two helper threads: a PDF's pages, half on each, and the summary's ranking), ${machineLoad()}:`);
  for (const [name, bytes] of files) {
    const data = Buffer.from(bytes).toString('base64');
    const samples: Samples = { wall: [], cpu: [] };
    // The back end's own thread, busy (not waiting for events) while the file is imported: the
    // time it cannot answer the window.
    const busy: number[] = [];
    for (let i = 0; i < 25; i++) {
      const wallStart = performance.now();
      const cpuStart = process.cpuUsage();
      const loopStart = performance.eventLoopUtilization();
      await importer.proposeFromFile(name, data);
      const cpu = process.cpuUsage(cpuStart);
      const loop = performance.eventLoopUtilization(loopStart);
      // The first five runs load the reader and warm it up; a person importing files sees those once.
      if (i < 5) continue;
      samples.wall.push(performance.now() - wallStart);
      samples.cpu.push((cpu.user + cpu.system) / 1000);
      busy.push(loop.active);
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
    console.log(`    ${''.padEnd(9)} back end's thread busy ${stats(busy)}`);
    console.log(`    ${''.padEnd(9)} of which reading the file: wall ${stats(reading)}`);
    if (name.endsWith('.pdf')) record('import.pdf', samples.wall);
  }
  stopImportHelper();
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A thousand short files, a third each of web pages, plain text and Markdown. */
function thousandFiles(): { name: string; text: string }[] {
  const generator = makeGenerator(99);
  return Array.from({ length: 1000 }, (_, i) => {
    const body = `${generator.sentence()}\n\n${generator.paragraph(6)}\n\n${generator.paragraph(6)}\n\n${generator.paragraph(4)}`;
    if (i % 3 === 0) return { name: `file-${i}.html`, text: `<html><head><title>Item ${i}</title></head><body><article>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>` };
    return { name: `file-${i}.${i % 3 === 1 ? 'txt' : 'md'}`, text: body };
  });
}

async function importThousandFiles(): Promise<void> {
  const dir = tempDir();
  const backend = startBrowserBackend(dir);
  await startImportHelper();
  const files = thousandFiles();
  const start = performance.now();
  let saved = 0;
  for (const file of files) {
    const proposal = await dispatch(backend.handlers, 'library.importFile', { fileName: file.name, dataBase64: Buffer.from(file.text).toString('base64') });
    if (!proposal.ok) continue;
    const result = await dispatch(backend.handlers, 'library.saveImport', { action: 'keep both', fields: (proposal.value as ImportProposal).fields });
    if (result.ok) saved++;
  }
  const elapsed = performance.now() - start;
  stopImportHelper();
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`  1,000 files (txt, md, html) read, proposed and saved through the contract, with the helper threads (target ≤ 60 s): ${(elapsed / 1000).toFixed(1)} s, ${saved} saved`);
  record('import.thousandFiles', elapsed / 1000);
}

/**
 * The back end's memory as a user runs it (serve.js, its helper threads being threads of that
 * process): while it imports the thousand files, and after every format of the article, when
 * both helpers have read a PDF and hold pdfjs. Measured there, not in this process, which also
 * holds the benchmark's TypeScript loader, the generated files and the readers it times on its
 * own thread (about 130 MB more before any import, and the readers once loaded).
 */
async function servedBackendMemory(): Promise<void> {
  const dir = tempDir();
  const served = await startServedBackend(dir);
  const MB = 1024 * 1024;
  try {
    let peakRss = served.rssBytes();
    for (const [index, file] of thousandFiles().entries()) {
      if (index % 50 === 0) peakRss = Math.max(peakRss, served.rssBytes());
      const proposal = (await served.call('library.importFile', { fileName: file.name, dataBase64: Buffer.from(file.text).toString('base64') })) as ImportProposal;
      await served.call('library.saveImport', { action: 'keep both', fields: proposal.fields });
    }
    peakRss = Math.max(peakRss, served.rssBytes());
    console.log(`  back end (serve.js) RSS while importing the 1,000 files, helper threads running (target ≤ 300 MB): ${(peakRss / MB).toFixed(0)} MB`);
    record('import.backendRss', peakRss / MB);
    const { files } = await articleFiles(5000);
    for (const [name, bytes] of files) {
      const dataBase64 = Buffer.from(bytes).toString('base64');
      for (let i = 0; i < 10; i++) await served.call('library.importFile', { fileName: name, dataBase64 });
    }
    const rss = served.rssBytes() / MB;
    console.log(`  back end (serve.js) RSS after reading every format ten times, both helper threads running with pdfjs loaded (target ≤ 300 MB): ${rss.toFixed(0)} MB`);
    record('import.backendRssPdf', rss);
  } finally {
    served.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await importArticle();
await importThousandFiles();
await servedBackendMemory();
// Done once the figures are printed, whatever timers the readers left behind.
process.exit(0);
