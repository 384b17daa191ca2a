import { Worker } from 'node:worker_threads';

/**
 * A helper thread that reads the text of some of a PDF's pages while the back end's own
 * thread reads the others: pdfjs works glyph by glyph, about 5 ms a page, and a second core
 * halves that for a long PDF. The host says how to start the thread (`usePdfPagesHelper`);
 * without one, or if it fails, the back end reads every page itself.
 */

export interface PdfPagesRequest {
  id: number;
  bytes: Uint8Array;
  first: number;
  last: number;
}

export type PdfPagesAnswer = { id: number; pages: string[] } | { id: number; error: string };

type StartWorker = () => Worker;

/** The longest wait for the helper's pages before the back end reads them itself. */
const HELPER_DEADLINE_MS = 20_000;

interface Pending {
  resolve(pages: string[]): void;
  reject(error: Error): void;
}

let startWorker: StartWorker | null = null;
let worker: Worker | null = null;
let ready = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/** For the built entries (out/main/*.js): the helper thread is the worker entry built beside them. */
export function helperBeside(entryUrl: string): StartWorker {
  return () => new Worker(new URL('./pdfTextWorker.js', entryUrl));
}

/** Sets how the helper thread is started (null: no helper). A running helper is stopped. */
export function usePdfPagesHelper(start: StartWorker | null): void {
  void worker?.terminate();
  forget(new Error('the PDF helper thread was replaced'));
  startWorker = start;
}

function forget(error: Error): void {
  worker = null;
  ready = false;
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function ensureWorker(): Worker | null {
  if (worker || !startWorker) return worker;
  let started: Worker;
  try {
    started = startWorker();
  } catch (error) {
    giveUp(error);
    return null;
  }
  // A replaced or abandoned thread's last words concern no request of the current one.
  started.on('message', (message: PdfPagesAnswer | { ready: true }) => {
    if (worker !== started) return;
    if ('ready' in message) {
      ready = true;
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
    if ('pages' in message) waiting?.resolve(message.pages);
    else waiting?.reject(new Error(message.error));
  });
  started.on('error', (error) => worker === started && giveUp(error));
  started.on('exit', (code) => worker === started && giveUp(new Error(`it stopped with exit code ${code}`)));
  // An idle helper must not keep the command line (or a test) running; a busy one must, or
  // the process could end while waiting for its answer.
  started.unref();
  worker = started;
  return worker;
}

/** A helper that cannot start, crashes, stops or hangs is not started again: the back end reads PDFs alone. */
function giveUp(error: unknown): void {
  console.error(`PDF pages are read on one thread: the helper thread failed (${error instanceof Error ? error.message : String(error)}).`);
  startWorker = null;
  void worker?.terminate();
  forget(error instanceof Error ? error : new Error(String(error)));
}

/**
 * Starts reading pages `first` to `last` of the PDF in the helper thread, or answers null
 * when there is no helper ready (the first request starts it; the caller reads those pages
 * itself).
 */
export function pagesInHelper(bytes: Uint8Array, first: number, last: number): Promise<string[]> | null {
  const helper = ensureWorker();
  if (!helper || !ready) return null;
  const id = nextId++;
  return new Promise<string[]>((resolve, reject) => {
    // Pages take milliseconds each: a helper silent this long is stuck, and would hold the import forever.
    const deadline = setTimeout(() => giveUp(new Error(`no answer in ${HELPER_DEADLINE_MS / 1000} s`)), HELPER_DEADLINE_MS);
    const settle = <T>(then: (value: T) => void) => (value: T) => {
      clearTimeout(deadline);
      then(value);
    };
    pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
    helper.ref();
    helper.postMessage({ id, bytes, first, last } satisfies PdfPagesRequest);
  });
}
