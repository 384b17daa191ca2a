// The memory figures of imports, run in a process of their own (importMemory.ts): the largest
// PDF and Word document a person may import, and the hostile files of issue 20, each imported
// through the contract by the browser host's back end with its built helper threads. Prints;
// asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { dispatch } from '../../common/dispatch';
import { MAX_IMPORT_BYTES } from '../../common/libraryImport';
import { PROJECT_ROOT, startBrowserBackend } from '../../electron/host/browserBackend';
import { DEFAULT_HELPER_LIMITS, helperBeside, useImportHelper } from '../../electron/services/import/importHelper';
import { MAX_PDF_PAGES } from '../../electron/services/import/pdfPageText';
import { docxArticle } from '../support/importFixtures';
import { docxBomb, pdfManyPages } from '../support/hostileFiles';
import { zipArchive, zipFile } from '../support/zipArchive';
import { zipEntries } from '../support/zipEntries';
import { makeGenerator } from './generateLibrary';
import { machineLoad } from './stats';

const MB = 1024 * 1024;
const IDLE_MS = 5000;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`.padStart(7);

/** The largest PDF that passes the limits: MAX_PDF_PAGES pages of text, as many lines a page as fit under the size limit. */
function largestPdf(): Uint8Array {
  let lines = 60;
  while (pdfManyPages(MAX_PDF_PAGES, lines).length > MAX_IMPORT_BYTES) lines -= 2;
  return pdfManyPages(MAX_PDF_PAGES, lines);
}

/** A Word document of ordinary prose, its text part about `megabytes` MB. */
async function proseDocx(megabytes: number): Promise<Uint8Array> {
  const generator = makeGenerator(20);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < megabytes * MB) {
    const paragraph = `<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${generator.paragraph(4)}</w:t></w:r></w:p>`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const parts = [...zipEntries(await docxArticle())].map(([name, data]) => zipFile(name, name === 'word/document.xml' ? Buffer.from(xml) : data));
  return new Uint8Array(zipArchive(parts));
}

interface Figures {
  outcome: string;
  seconds: number;
  peakRss: number;
  peakHeap: number;
  settledRss: number;
  longestStallMs: number;
}

/** Imports one file through the contract, sampling the process's memory every 10 ms meanwhile and once the helpers are idle. */
async function measure(handlers: ReturnType<typeof startBrowserBackend>['handlers'], fileName: string, bytes: Uint8Array): Promise<Figures> {
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 10);
  // How long the back end's own thread was kept from answering anything (the window's calls) at a stretch.
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const start = performance.now();
  const result = await dispatch(handlers, 'library.importFile', { fileName, dataBase64: Buffer.from(bytes).toString('base64') });
  const seconds = (performance.now() - start) / 1000;
  stalls.disable();
  clearInterval(sampler);
  const outcome = result.ok ? `imported (${((result.value as { fields: { fullText: string } }).fields.fullText.length / 1e6).toFixed(1)} M characters)` : `refused: ${result.error.message.slice(fileName.length + 2, fileName.length + 2 + 90)}`;
  // Settled: once the helpers have stopped for idleness, and V8 has had time to give back what it freed.
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 2000));
  return { outcome, seconds, peakRss, peakHeap, settledRss: process.memoryUsage.rss(), longestStallMs: stalls.max / 1e6 };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-'));
useImportHelper(helperBeside(pathToFileURL(path.join(PROJECT_ROOT, 'out', 'main', 'serve.js')).href), { idleMs: IDLE_MS });
const backend = startBrowserBackend(dir);
const files: Array<[string, string, () => Promise<Uint8Array> | Uint8Array]> = [
  ['largest.pdf', `the largest PDF (${MAX_PDF_PAGES} pages, under 5 MB)`, largestPdf],
  ['prose-4.docx', 'Word document, 4 MB of prose', () => proseDocx(4)],
  // About the most prose whose text (5 million characters) a library entry keeps.
  ['prose-5.5.docx', 'Word document, 5.5 MB of prose', () => proseDocx(5.5)],
  ['prose-32.docx', 'Word document, just over 32 MB of prose (the part limit)', () => proseDocx(32)],
  ['bomb.docx', 'zip bomb: 450 MB of tiny paragraphs', () => docxBomb(450)],
  ['long.pdf', '20,000-page PDF', () => pdfManyPages(20_000)],
];
console.log(`  Import memory, one file at a time through the contract; helper heap limit ${DEFAULT_HELPER_LIMITS.heapMb} MB each, idle stop after ${IDLE_MS / 1000} s here; ${machineLoad()}`);
console.log(`  process at start: RSS ${mb(process.memoryUsage.rss()).trim()}, heap ${mb(process.memoryUsage().heapUsed).trim()}`);
for (const [fileName, label, make] of files) {
  const bytes = await make();
  const figures = await measure(backend.handlers, fileName, bytes);
  console.log(`    ${label} (${(bytes.length / MB).toFixed(1)} MB file): ${figures.outcome}`);
  console.log(
    `      ${figures.seconds.toFixed(1)} s · peak RSS ${mb(figures.peakRss).trim()} · peak back-end heap ${mb(figures.peakHeap).trim()} · settled RSS ${mb(figures.settledRss).trim()} · longest stall of the back end's thread ${figures.longestStallMs.toFixed(0)} ms`,
  );
}
useImportHelper(null);
await backend.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
