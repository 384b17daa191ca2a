import { Worker, type WorkerOptions } from 'node:worker_threads';
import { useImportHelper, type ImportHelperLimits, type ImportHelperRequest, type StartWorker } from '../../electron/services/import/importHelper';
import { readPdf } from '../../electron/services/import/readPdf';
import { pdfPages } from './importFixtures';

/** The helper thread from its TypeScript source (the app starts the built one, out/main/importHelperWorker.js). */
const SOURCE = new URL('../../electron/services/import/importHelperWorker.ts', import.meta.url).href;
export const helperFromSource: StartWorker = (options: WorkerOptions) =>
  new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(SOURCE)}); })`, { ...options, eval: true });

/** What was asked of a helper (which one: the order they were started in, from 0): a part of a PDF's pages, a document to read, or the summary of an article with this title. */
export type SentRequest = { helper: number } & (
  | { kind: 'pdfPart'; part: number; parts: number }
  | { kind: 'document'; format: string }
  | { kind: 'summary'; title: string }
);

/**
 * Makes `start` start the import helper threads (with the limits given), with the requests
 * sent to them recorded, and waits until they are ready (pdfjs loaded there) by reading a
 * 4-page PDF. Returns the (then emptied) list of requests.
 */
export async function readyImportHelper(start: StartWorker, chosen: Partial<ImportHelperLimits> = {}): Promise<SentRequest[]> {
  const requests: SentRequest[] = [];
  let started = 0;
  useImportHelper((options) => {
    const worker = start(options);
    const helper = started++;
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: ImportHelperRequest) => {
      requests.push(
        message.kind === 'pdfPart'
          ? { helper, kind: message.kind, part: message.part, parts: message.parts }
          : message.kind === 'document'
            ? { helper, kind: message.kind, format: message.format }
            : { helper, kind: message.kind, title: message.title },
      );
      post(message);
    };
    return worker;
  }, chosen);
  await readPdf(await pdfPages(4, 1), 'probe.pdf');
  requests.length = 0;
  return requests;
}

/**
 * The back end's helper threads (as startTestBackend sets them), started and ready: for a
 * file's beforeAll, since a start from source takes seconds, far more on a busy machine.
 */
export async function warmImportHelpers(): Promise<void> {
  useImportHelper(helperFromSource);
  await readPdf(await pdfPages(1, 1), 'probe.pdf');
}
