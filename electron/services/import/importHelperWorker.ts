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

const heapBytes = () => getHeapStatistics().total_heap_size;

/**
 * What loading pdfjs added to the heap. It is loaded by the first PDF and kept, so it is left
 * out of the heap this helper reports: the back end replaces a helper whose heap grew by
 * what its work left behind, not by the reader it keeps.
 */
let pdfjsBytes = 0;
let pdfjsLoaded = false;

async function readPdfPart(request: Extract<ImportHelperRequest, { kind: 'pdfPart' }>): Promise<unknown> {
  if (!pdfjsLoaded) {
    const before = heapBytes();
    await loadPdfjs();
    pdfjsBytes = Math.max(0, heapBytes() - before);
    pdfjsLoaded = true;
  }
  return readPdfPartHere(request.bytes, request.fileName, request.part, request.parts);
}

async function work(request: ImportHelperRequest): Promise<unknown> {
  if (request.kind === 'summary') return summarizeSentences(splitSentences(request.body), request.title);
  if (request.kind === 'pdfPart') return readPdfPart(request);
  if (request.format === 'docx') return (await import('./readDocx')).readDocx(request.bytes, request.fileName);
  return (await import('./readHtml')).readHtml(request.bytes, request.fileName);
}

async function answer(request: ImportHelperRequest): Promise<ImportHelperAnswer> {
  try {
    const value = await work(request);
    return { id: request.id, value, heapBytes: heapBytes() - pdfjsBytes };
  } catch (error) {
    const refusal = error instanceof AppError;
    return { id: request.id, error: messageOf(error), refusal, heapBytes: heapBytes() - pdfjsBytes };
  }
}

port.on('message', (request: ImportHelperRequest) => void answer(request).then((reply) => port.postMessage(reply)));
// Ready as soon as it runs: pdfjs (some 20 MB once loaded) is loaded by the first PDF this
// helper reads, so a helper that only reads web pages, Word documents and summaries never holds it.
port.postMessage({ ready: true, heapBytes: heapBytes() });
