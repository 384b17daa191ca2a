import type { Worker } from 'node:worker_threads';
import { usePdfPagesHelper } from '../../electron/services/import/pdfPagesHelper';
import { readPdf } from '../../electron/services/import/readPdf';
import { pdfPages } from './importFixtures';

export interface PagesRequest {
  first: number;
  last: number;
}

/**
 * Makes `start` the PDF helper thread, with the page ranges sent to it recorded, and waits
 * until it is ready (pdfjs loaded there) by reading a 4-page PDF until half of it is handed over.
 * Returns the (then emptied) list of requests.
 */
export async function readyPdfHelper(start: () => Worker): Promise<PagesRequest[]> {
  const requests: PagesRequest[] = [];
  usePdfPagesHelper(() => {
    const worker = start();
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: PagesRequest) => {
      requests.push({ first: message.first, last: message.last });
      post(message);
    };
    return worker;
  });
  const probe = await pdfPages(4, 1);
  for (const deadline = Date.now() + 20_000; requests.length === 0 && Date.now() < deadline; ) {
    await readPdf(probe, 'probe.pdf');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (requests.length === 0) throw new Error('the PDF helper thread never became ready');
  requests.length = 0;
  return requests;
}
