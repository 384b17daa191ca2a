import type { Worker } from 'node:worker_threads';
import { useImportHelper, type ImportHelperRequest } from '../../electron/services/import/importHelper';
import { readPdf } from '../../electron/services/import/readPdf';
import { pdfPages } from './importFixtures';

/** What was asked of the helper: a PDF's page range, or the summary of an article with this title. */
export type SentRequest = { kind: 'pdfPages'; first: number; last: number } | { kind: 'summary'; title: string };

/**
 * Makes `start` the import helper thread, with the requests sent to it recorded, and waits
 * until it is ready (pdfjs loaded there) by reading a 4-page PDF until half of it is handed
 * over. Returns the (then emptied) list of requests.
 */
export async function readyImportHelper(start: () => Worker): Promise<SentRequest[]> {
  const requests: SentRequest[] = [];
  useImportHelper(() => {
    const worker = start();
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: ImportHelperRequest) => {
      requests.push(message.kind === 'pdfPages' ? { kind: message.kind, first: message.first, last: message.last } : { kind: message.kind, title: message.title });
      post(message);
    };
    return worker;
  });
  const probe = await pdfPages(4, 1);
  for (const deadline = Date.now() + 20_000; requests.length === 0 && Date.now() < deadline; ) {
    await readPdf(probe, 'probe.pdf');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (requests.length === 0) throw new Error('the import helper thread never became ready');
  requests.length = 0;
  return requests;
}
