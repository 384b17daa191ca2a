// The benchmarks read documents as the built app does: on the import helper threads, started
// from beside the built entries (out/main), so `npm run bench` builds first.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';
import { helperBeside, summaryInHelper, useImportHelper } from '../../electron/services/import/importHelper';

/** Starts the import helper threads and waits until they are ready (pdfjs loaded). */
export async function startImportHelper(): Promise<void> {
  useImportHelper(helperBeside(pathToFileURL(path.join(PROJECT_ROOT, 'out', 'main', 'serve.js')).href));
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    // The first ask starts the threads; the answer is null until they have loaded pdfjs.
    const answer = summaryInHelper('Is the helper ready?', '');
    if (answer) return void (await answer);
  }
  throw new Error('the import helper threads were not ready in 20 s');
}

/** Stops the helper threads, so the process can end. */
export function stopImportHelper(): void {
  useImportHelper(null);
}
