/**
 * An import helper thread (built as its own entry, out/main/importHelperWorker.js): reads a
 * part of a PDF's pages, a Word document or a web page, or ranks an article's sentences into
 * its summary, under the memory limit the back end started it with (see importHelper.ts).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { splitSentences } from '../../../common/extract/sentences';
import { summarizeSentences } from '../../../common/extract/summarize';
import { AppError } from '../../../common/result';
import type { ImportHelperAnswer, ImportHelperRequest } from './importHelper';
import { loadPdfjs } from './loadPdfjs';
import { readPdfPartHere } from './readPdf';
import { messageOf } from '../../../common/messageOf';

const port = parentPort;
if (!port) throw new Error('importHelperWorker runs only as a worker thread.');

async function work(request: ImportHelperRequest): Promise<unknown> {
  if (request.kind === 'summary') return summarizeSentences(splitSentences(request.body), request.title);
  if (request.kind === 'pdfPart') return readPdfPartHere(request.bytes, request.fileName, request.part, request.parts);
  if (request.format === 'docx') return (await import('./readDocx')).readDocx(request.bytes, request.fileName);
  return (await import('./readHtml')).readHtml(request.bytes, request.fileName);
}

async function answer(request: ImportHelperRequest): Promise<ImportHelperAnswer> {
  try {
    const value = await work(request);
    return { id: request.id, value, heapBytes: getHeapStatistics().total_heap_size };
  } catch (error) {
    const refusal = error instanceof AppError;
    return { id: request.id, error: messageOf(error), refusal, heapBytes: getHeapStatistics().total_heap_size };
  }
}

port.on('message', (request: ImportHelperRequest) => void answer(request).then((reply) => port.postMessage(reply)));
// pdfjs takes a while to load: requests wait until this says it is ready.
void loadPdfjs().then(() => port.postMessage({ ready: true, heapBytes: getHeapStatistics().total_heap_size }));
