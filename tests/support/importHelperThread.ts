import type { Worker } from 'node:worker_threads';
import { useImportHelper, type ImportHelperRequest } from '../../electron/services/import/importHelper';
import { readPdf } from '../../electron/services/import/readPdf';
import { pdfPages } from './importFixtures';

/** What was asked of a helper (which one: the order they were started in, from 0): a part of a PDF's pages, or the summary of an article with this title. */
export type SentRequest = { helper: number } & ({ kind: 'pdfPart'; part: number; parts: number } | { kind: 'summary'; title: string });

/**
 * Makes `start` start the import helper threads (stopped after `stopAfterIdleMs` idle, when
 * given), with the requests sent to them recorded, and waits until they are ready (pdfjs
 * loaded there) by reading a 4-page PDF until it is handed over. Returns the (then emptied)
 * list of requests.
 */
export async function readyImportHelper(start: () => Worker, stopAfterIdleMs?: number): Promise<SentRequest[]> {
  const requests: SentRequest[] = [];
  let started = 0;
  useImportHelper(() => {
    const worker = start();
    const helper = started++;
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: ImportHelperRequest) => {
      requests.push(
        message.kind === 'pdfPart'
          ? { helper, kind: message.kind, part: message.part, parts: message.parts }
          : { helper, kind: message.kind, title: message.title },
      );
      post(message);
    };
    return worker;
  }, stopAfterIdleMs);
  const probe = await pdfPages(4, 1);
  for (const deadline = Date.now() + 20_000; requests.length === 0 && Date.now() < deadline; ) {
    await readPdf(probe, 'probe.pdf');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (requests.length === 0) throw new Error('the import helper threads never became ready');
  requests.length = 0;
  return requests;
}
