import { Worker } from 'node:worker_threads';
import type { SummarizeElsewhere } from '../../../common/extract/extractDevelopment';
import type { ProposedSummary } from '../../../common/extract/types';
import type { PdfPart } from './pdfPageText';

/**
 * Helper threads that take the two longest parts of an import off the back end's thread:
 * - a PDF's pages (pdfjs works glyph by glyph, about 5 ms a page), half on each helper, side
 *   by side on two cores. pdfjs's garbage then stays in the helpers' small heaps: in the back
 *   end's heap, grown by the library and earlier imports, it cost collections of 40 ms and more;
 * - the summary of an article (ranking its sentences: 6–8 ms for 5,000 words) while the back
 *   end reads the other facts and checks for duplicates.
 * The host says how to start a thread (`useImportHelper`). Without one, until all are ready,
 * or once one has failed, the back end does all of it itself, with the same results.
 */

export type ImportHelperRequest =
  | { id: number; kind: 'pdfPart'; bytes: Uint8Array; part: number; parts: number }
  | { id: number; kind: 'summary'; body: string; title: string };

export type ImportHelperAnswer = { id: number; value: unknown } | { id: number; error: string };

type StartWorker = () => Worker;

/** One per half of a PDF's pages: the back end's own thread waits meanwhile, so an import keeps two cores busy, as with one helper beside it. */
const HELPER_COUNT = 2;

/** The longest wait for an answer before the back end does the work itself. */
const HELPER_DEADLINE_MS = 20_000;

/**
 * Helpers idle this long are stopped: each holds pdfjs and its heap, about 45 MB once ready
 * and 100 MB after a hundred PDFs. The next import starts them again (ready in about 0.4 s;
 * the back end does the work itself meanwhile).
 */
const HELPER_IDLE_MS = 30_000;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Helper {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
}

let startWorker: StartWorker | null = null;
let idleMs = HELPER_IDLE_MS;
let helpers: Helper[] = [];
let idleStop: ReturnType<typeof setTimeout> | null = null;
let nextId = 1;

/** For the built entries (out/main/*.js): the helper thread is the worker entry built beside them. */
export function helperBeside(entryUrl: string): StartWorker {
  return () => new Worker(new URL('./importHelperWorker.js', entryUrl));
}

/**
 * Sets how a helper thread is started (null: no helpers), and after how long idle helpers
 * are stopped. Running helpers are stopped.
 */
export function useImportHelper(start: StartWorker | null, stopAfterIdleMs = HELPER_IDLE_MS): void {
  stopHelpers(new Error('the import helper threads were replaced'));
  startWorker = start;
  idleMs = stopAfterIdleMs;
}

function stopHelpers(error: Error): void {
  const stopped = helpers;
  helpers = [];
  if (idleStop) clearTimeout(idleStop);
  idleStop = null;
  for (const helper of stopped) {
    void helper.worker.terminate();
    for (const { reject } of helper.pending.values()) reject(error);
  }
}

/** The helpers, started on first use. */
function ensureHelpers(): Helper[] {
  if (helpers.length > 0 || !startWorker) return helpers;
  const started: Helper[] = [];
  try {
    for (let i = 0; i < HELPER_COUNT; i++) started.push(listenTo(startWorker()));
  } catch (error) {
    helpers = started;
    giveUp(error);
    return [];
  }
  helpers = started;
  return helpers;
}

function listenTo(worker: Worker): Helper {
  const helper: Helper = { worker, ready: false, pending: new Map() };
  // A replaced or abandoned thread's last words concern no request of the current ones.
  const current = () => helpers.includes(helper);
  worker.on('message', (message: ImportHelperAnswer | { ready: true }) => {
    if (!current()) return;
    if ('ready' in message) {
      helper.ready = true;
      stopWhenIdle();
      return;
    }
    const waiting = helper.pending.get(message.id);
    helper.pending.delete(message.id);
    if (helper.pending.size === 0) worker.unref();
    stopWhenIdle();
    if ('value' in message) waiting?.resolve(message.value);
    else waiting?.reject(new Error(message.error));
  });
  worker.on('error', (error) => current() && giveUp(error));
  worker.on('exit', (code) => current() && giveUp(new Error(`it stopped with exit code ${code}`)));
  // An idle helper must not keep the command line (or a test) running; a busy one must, or
  // the process could end while waiting for its answer.
  worker.unref();
  return helper;
}

/** Once no helper has work, they are stopped after `idleMs` unless asked for more (see `ask`). */
function stopWhenIdle(): void {
  if (helpers.some((helper) => helper.pending.size > 0)) return;
  if (idleStop) clearTimeout(idleStop);
  idleStop = setTimeout(() => stopHelpers(new Error('the import helper threads were idle')), idleMs);
  // The wait must not keep the command line (or a test) running.
  idleStop.unref();
}

/** A helper that cannot start, crashes, stops or hangs is not started again: the back end works alone. */
function giveUp(error: unknown): void {
  console.error(`Imports run on one thread: a helper thread failed (${error instanceof Error ? error.message : String(error)}).`);
  startWorker = null;
  stopHelpers(error instanceof Error ? error : new Error(String(error)));
}

/** The helpers, once all of them are ready (the first call starts them); else none. */
function readyHelpers(): Helper[] {
  const all = ensureHelpers();
  return all.length > 0 && all.every((helper) => helper.ready) ? all : [];
}

/** A request as its sender writes it: the id is added here. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<ImportHelperRequest>;

/** Sends a request to a helper. An answer of the wrong shape is an error, like an answer that says so. */
function ask<T>(helper: Helper, request: Request, isAnswer: (value: unknown) => value is T): Promise<T> {
  if (idleStop) clearTimeout(idleStop);
  idleStop = null;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    // The work takes milliseconds: a helper silent this long is stuck, and would hold the import forever.
    const deadline = setTimeout(() => giveUp(new Error(`no answer in ${HELPER_DEADLINE_MS / 1000} s`)), HELPER_DEADLINE_MS);
    helper.pending.set(id, {
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
    helper.worker.ref();
    helper.worker.postMessage({ id, ...request } satisfies ImportHelperRequest);
  });
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

const isSummary = (value: unknown): value is ProposedSummary =>
  typeof value === 'object' && value !== null && typeof (value as ProposedSummary).summary === 'string' && isStrings((value as ProposedSummary).keyPoints);

const METADATA_KEYS = new Set(['title', 'author', 'publishedDate']);

const isPdfPart = (value: unknown): value is PdfPart => {
  if (typeof value !== 'object' || value === null) return false;
  const { pages, metadata, pageCount } = value as PdfPart;
  return (
    isStrings(pages) &&
    Number.isInteger(pageCount) &&
    typeof metadata === 'object' &&
    metadata !== null &&
    Object.entries(metadata).every(([key, field]) => METADATA_KEYS.has(key) && typeof field === 'string')
  );
};

/**
 * Starts reading a PDF on the helpers, one part of its pages each, or answers null when they
 * are not all ready (the first call starts them; the caller reads it itself). Rejects when
 * any part fails, or when the parts do not add up to the document's pages (text would be
 * missing or misplaced).
 */
export function pdfInHelpers(bytes: Uint8Array): Promise<PdfPart> | null {
  const ready = readyHelpers();
  if (ready.length === 0) return null;
  const parts = ready.map((helper, part) => ask(helper, { kind: 'pdfPart', bytes, part, parts: ready.length }, isPdfPart));
  return Promise.all(parts).then((read) => {
    const { pageCount, metadata } = read[0];
    const pages = read.flatMap((part) => part.pages);
    if (pages.length !== pageCount || read.some((part) => part.pageCount !== pageCount)) {
      throw new Error(`the helpers read ${pages.length} pages of a PDF that has ${read.map((part) => part.pageCount).join(' or ')}`);
    }
    return { pages, metadata, pageCount };
  });
}

/** Starts ranking a body's sentences into its summary on the least busy helper (null: the helpers are not ready). */
export const summaryInHelper: SummarizeElsewhere = (body, title) => {
  const ready = readyHelpers();
  if (ready.length === 0) return null;
  const idlest = ready.reduce((best, helper) => (helper.pending.size < best.pending.size ? helper : best));
  return ask(idlest, { kind: 'summary', body, title }, isSummary);
};
