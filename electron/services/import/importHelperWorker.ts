/**
 * An import helper thread (built as its own entry, out/main/importHelperWorker.js): reads
 * the text of a part of a PDF's pages, or ranks an article's sentences into its summary,
 * while the back end's own thread does the rest of the import.
 */
import { parentPort } from 'node:worker_threads';
import { splitSentences } from '../../../common/extract/sentences';
import { summarizeSentences } from '../../../common/extract/summarize';
import type { ImportHelperAnswer, ImportHelperRequest } from './importHelper';
import { loadPdfjs } from './loadPdfjs';
import { readPdfPart } from './pdfPageText';

const port = parentPort;
if (!port) throw new Error('importHelperWorker runs only as a worker thread.');

async function work(request: ImportHelperRequest): Promise<unknown> {
  if (request.kind === 'summary') return summarizeSentences(splitSentences(request.body), request.title);
  return readPdfPart(request.bytes, request.part, request.parts);
}

async function answer(request: ImportHelperRequest): Promise<ImportHelperAnswer> {
  try {
    return { id: request.id, value: await work(request) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

port.on('message', (request: ImportHelperRequest) => void answer(request).then((reply) => port.postMessage(reply)));
// pdfjs takes a while to load: the back end does all the work itself until this says it is ready.
void loadPdfjs().then(() => port.postMessage({ ready: true }));
