import { Worker } from 'node:worker_threads';
import type { SummarizeElsewhere } from '../../../common/extract/extractDevelopment';
import type { ProposedSummary } from '../../../common/extract/types';

/**
 * A helper thread that takes the two longest parts of an import to a second core:
 * - the text of some of a PDF's pages (pdfjs works glyph by glyph, about 5 ms a page) while
 *   the back end's own thread reads the others;
 * - the summary of an article (ranking its sentences: 6–8 ms for 5,000 words) while the back
 *   end reads the other facts and checks for duplicates.
 * The host says how to start the thread (`useImportHelper`). Without one, until it is ready,
 * or once it has failed, the back end does all of it itself, with the same results.
 */

export type ImportHelperRequest =
  | { id: number; kind: 'pdfPages'; bytes: Uint8Array; first: number; last: number }
  | { id: number; kind: 'summary'; body: string; title: string };

export type ImportHelperAnswer = { id: number; value: unknown } | { id: number; error: string };

type StartWorker = () => Worker;

/** The longest wait for an answer before the back end does the work itself. */
const HELPER_DEADLINE_MS = 20_000;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

let startWorker: StartWorker | null = null;
let worker: Worker | null = null;
let ready = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/** For the built entries (out/main/*.js): the helper thread is the worker entry built beside them. */
export function helperBeside(entryUrl: string): StartWorker {
  return () => new Worker(new URL('./importHelperWorker.js', entryUrl));
}

/** Sets how the helper thread is started (null: no helper). A running helper is stopped. */
export function useImportHelper(start: StartWorker | null): void {
  void worker?.terminate();
  forget(new Error('the import helper thread was replaced'));
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
  started.on('message', (message: ImportHelperAnswer | { ready: true }) => {
    if (worker !== started) return;
    if ('ready' in message) {
      ready = true;
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
    if ('value' in message) waiting?.resolve(message.value);
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

/** A helper that cannot start, crashes, stops or hangs is not started again: the back end works alone. */
function giveUp(error: unknown): void {
  console.error(`Imports run on one thread: the helper thread failed (${error instanceof Error ? error.message : String(error)}).`);
  startWorker = null;
  void worker?.terminate();
  forget(error instanceof Error ? error : new Error(String(error)));
}

/** A request as its sender writes it: the id is added here. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<ImportHelperRequest>;

/**
 * Sends a request to the helper thread, or answers null when there is no helper ready (the
 * first request starts it; the caller does the work itself). An answer of the wrong shape
 * is an error, like an answer that says so.
 */
function ask<T>(request: Request, isAnswer: (value: unknown) => value is T): Promise<T> | null {
  const helper = ensureWorker();
  if (!helper || !ready) return null;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    // The work takes milliseconds: a helper silent this long is stuck, and would hold the import forever.
    const deadline = setTimeout(() => giveUp(new Error(`no answer in ${HELPER_DEADLINE_MS / 1000} s`)), HELPER_DEADLINE_MS);
    pending.set(id, {
      resolve(value) {
        clearTimeout(deadline);
        if (isAnswer(value)) resolve(value);
        else reject(new Error(`the helper's answer to a ${request.kind} request is not one`));
      },
      reject(error) {
        clearTimeout(deadline);
        reject(error);
      },
    });
    helper.ref();
    helper.postMessage({ id, ...request } satisfies ImportHelperRequest);
  });
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

const isSummary = (value: unknown): value is ProposedSummary =>
  typeof value === 'object' && value !== null && typeof (value as ProposedSummary).summary === 'string' && isStrings((value as ProposedSummary).keyPoints);

/** Starts reading the text of pages `first` to `last` of the PDF in the helper thread (null: no helper ready). */
export function pagesInHelper(bytes: Uint8Array, first: number, last: number): Promise<string[]> | null {
  // One string per page asked for, or pages would be misplaced in the text.
  const isPages = (value: unknown): value is string[] => isStrings(value) && value.length === last - first + 1;
  return ask({ kind: 'pdfPages', bytes, first, last }, isPages);
}

/** Starts ranking a body's sentences into its summary in the helper thread (null: no helper ready). */
export const summaryInHelper: SummarizeElsewhere = (body, title) => ask({ kind: 'summary', body, title }, isSummary);
