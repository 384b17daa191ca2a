import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';
import type { SummarizeElsewhere } from '../../../common/extract/extractDevelopment';
import type { ProposedSummary, SourceDocument } from '../../../common/extract/types';
import { AppError } from '../../../common/result';
import { importError } from './importError';
import type { PdfPart } from './pdfPageText';
import { messageOf } from '../../../common/messageOf';
import { asError } from '../../../common/asError';

/**
 * The helper threads that read every PDF, Word document and web page an import is given, so
 * that the back end's own thread never parses a document: a hostile or huge file can then
 * cost a helper its time or memory, never the back end its answers to the window.
 * - A PDF's pages are read half on each helper, side by side on two cores.
 * - A Word document or a web page is read on the least busy helper.
 * - An article's summary is ranked there too (6–8 ms for 5,000 words) while the back end
 *   reads the other facts; that one is no parsing, so without a ready helper the back end
 *   ranks it itself.
 * Each helper runs under a memory limit, and each request under a time limit: a helper that
 * passes either is stopped, the file refused with a message naming the limit, and the next
 * request starts a new helper. A helper whose heap grew large is replaced once idle, so the
 * process gives the memory back after a large import.
 */

export type DocumentFormat = 'docx' | 'html';

export type ImportHelperRequest =
  | { id: number; kind: 'pdfPart'; bytes: Uint8Array; fileName: string; part: number; parts: number }
  | { id: number; kind: 'document'; format: DocumentFormat; bytes: Uint8Array; fileName: string }
  | { id: number; kind: 'summary'; body: string; title: string };

/** A helper's answer; `refusal` marks a message written for the person importing. `heapBytes`: the helper's heap after the work. */
export type ImportHelperAnswer = { id: number; heapBytes: number } & ({ value: unknown } | { error: string; refusal: boolean });

/** Starts one helper thread with the options given (its resource limits among them). */
export type StartWorker = (options: WorkerOptions) => Worker;

export interface ImportHelperLimits {
  /** Helpers idle this long are stopped (each holds its own heap, and pdfjs once it has read a PDF). */
  idleMs: number;
  /** The longest a helper may take to start, or to answer one request. */
  deadlineMs: number;
  /** Each helper's JavaScript heap (V8's old generation), in MB. */
  heapMb: number;
}

/** One per half of a PDF's pages: the back end's own thread waits meanwhile, so an import keeps two cores busy. */
const HELPER_COUNT = 2;

export const DEFAULT_HELPER_LIMITS: ImportHelperLimits = {
  idleMs: 30_000,
  // A 2,000-page PDF (the page limit) of 4.8 MB took 60–75 s, half on each helper, on a 2-core
  // machine loaded twelve times over by other work: room for a slow, busy computer.
  deadlineMs: 120_000,
  // mammoth holds a tree of every element of a document's text, ten and more times its size.
  heapMb: 512,
};

/** A helper whose heap has grown this much since it was ready is replaced once it has no work, rather than kept for the next import. */
const RETIRE_GROWTH_BYTES = 128 * 1024 * 1024;

/** Says why a request failed, for the file it concerned. */
type Reason = (fileName: string) => string;

interface Pending {
  fileName: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Helper {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
  /** Its heap once ready: what it should come back to between imports. */
  readyHeapBytes: number;
  pending: Map<number, Pending>;
}

let startWorker: StartWorker | null = null;
let limits: ImportHelperLimits = DEFAULT_HELPER_LIMITS;
/** One place per helper; an empty one is filled (a helper started) on the next request. */
const slots: Array<Helper | null> = Array.from({ length: HELPER_COUNT }, () => null);
let idleStop: ReturnType<typeof setTimeout> | null = null;
let nextId = 1;

/** For the built entries (out/main/*.js): the helper thread is the worker entry built beside them. */
export function helperBeside(entryUrl: string): StartWorker {
  return (options) => new Worker(new URL('./importHelperWorker.js', entryUrl), options);
}

/**
 * Sets how a helper thread is started (null: none, and documents cannot be read) and its
 * limits. Running helpers are stopped, unless both are as they were.
 */
export function useImportHelper(start: StartWorker | null, chosen: Partial<ImportHelperLimits> = {}): void {
  const next = { ...DEFAULT_HELPER_LIMITS, ...chosen };
  const same = start === startWorker && (Object.keys(next) as Array<keyof ImportHelperLimits>).every((key) => next[key] === limits[key]);
  if (same) return;
  stopAll(() => 'the import helper threads were replaced.');
  startWorker = start;
  limits = next;
}

function resourceLimits(): ResourceLimits {
  return { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 8 };
}

const failure = (reason: Reason, fileName: string) => new AppError('IMPORT_FAILED', `${fileName}: ${reason(fileName)}`);

/** Stops a helper; whatever it was doing fails with `reason`. */
function stop(helper: Helper, reason: Reason): void {
  const slot = slots.indexOf(helper);
  if (slot >= 0) slots[slot] = null;
  void helper.worker.terminate();
  for (const { fileName, reject } of helper.pending.values()) reject(failure(reason, fileName));
  helper.pending.clear();
}

function stopAll(reason: Reason): void {
  if (idleStop) clearTimeout(idleStop);
  idleStop = null;
  for (const helper of slots) if (helper) stop(helper, reason);
}

const limitsMessage = {
  time: () => `reading it took longer than ${limits.deadlineMs / 1000} s, the limit for one file, and was stopped. Import a shorter file, or paste the part you need.`,
  memory: () => `reading it needed more than ${limits.heapMb} MB of memory, the limit for one file, and was stopped. Import a shorter file, or paste the part you need.`,
};

function describeExit(error: unknown): Reason {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return limitsMessage.memory;
  const detail = messageOf(error);
  return () => `Brieflink's document reader stopped while reading it (${detail.slice(0, 200)}). Try again.`;
}

function start(begin: StartWorker): Helper {
  const worker = begin({ resourceLimits: resourceLimits() });
  const helper: Helper = { worker, ready: Promise.resolve(), isReady: false, readyHeapBytes: 0, pending: new Map() };
  const current = () => slots.includes(helper);
  helper.ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`it did not start in ${limits.deadlineMs / 1000} s`));
      stop(helper, () => 'the document reader did not start.');
    }, limits.deadlineMs);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(asError(error));
      if (!current()) return;
      console.error(`An import helper thread stopped: ${messageOf(error)}`);
      stop(helper, describeExit(error));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    worker.on('message', (message: ImportHelperAnswer | { ready: true; heapBytes: number }) => {
      if (!current()) return;
      if ('ready' in message) {
        clearTimeout(timer);
        helper.isReady = true;
        helper.readyHeapBytes = message.heapBytes;
        resolve();
        stopWhenIdle();
        return;
      }
      answered(helper, message);
    });
  });
  // An unused promise must not report an unhandled rejection: waiters get the failure themselves.
  helper.ready.catch(() => {});
  // An idle helper must not keep the command line (or a test) running; a busy one must, or
  // the process could end while waiting for its answer.
  worker.unref();
  return helper;
}

function answered(helper: Helper, answer: ImportHelperAnswer): void {
  const waiting = helper.pending.get(answer.id);
  helper.pending.delete(answer.id);
  if (helper.pending.size === 0) {
    helper.worker.unref();
    if (answer.heapBytes > helper.readyHeapBytes + RETIRE_GROWTH_BYTES) stop(helper, () => 'the document reader was replaced.');
  }
  stopWhenIdle();
  if (!waiting) return;
  if ('value' in answer) waiting.resolve(answer.value);
  else if (answer.refusal) waiting.reject(new AppError('IMPORT_FAILED', answer.error));
  else waiting.reject(failure(() => `Brieflink could not read it (${answer.error.slice(0, 200)}).`, waiting.fileName));
}

/** Once no helper has work, they are stopped after the idle time unless asked for more (see `ask`). */
function stopWhenIdle(): void {
  if (slots.some((helper) => helper && helper.pending.size > 0)) return;
  if (idleStop) clearTimeout(idleStop);
  idleStop = setTimeout(() => stopAll(() => 'the import helper threads were idle.'), limits.idleMs);
  // The wait must not keep the command line (or a test) running.
  idleStop.unref();
}

/**
 * The first `count` helpers, started where none runs. Only a PDF asks for both (half its pages
 * each); a web page, a Word document or a summary needs one, and a second thread idling beside
 * it would hold its memory (about 45 MB) for nothing.
 */
function firstHelpers(count: number): Helper[] {
  const begin = startWorker;
  if (!begin) return [];
  return slots.slice(0, count).map((helper, slot) => helper ?? (slots[slot] = start(begin)));
}

/** The helpers running and ready now: where a one-helper request may go. */
const readyNow = () => slots.filter((helper): helper is Helper => helper !== null && helper.isReady);

/**
 * The first `count` helpers, once ready (started where needed). Refuses the file by name when
 * there are no helpers or one cannot start: the back end never reads it itself.
 */
async function readyHelpers(fileName: string, count: number): Promise<Helper[]> {
  if (!startWorker) throw importError(fileName, 'Brieflink has no document reader running here, so PDF, Word and web page files cannot be imported.');
  let helpers: Helper[];
  try {
    helpers = firstHelpers(count);
  } catch (error) {
    throw importError(fileName, `Brieflink could not start its document reader (${messageOf(error)}).`);
  }
  try {
    await Promise.all(helpers.map((helper) => helper.ready));
  } catch (error) {
    // Started beside one that failed, the others may share its fault: all start afresh next time.
    for (const helper of helpers) if (!helper.isReady) stop(helper, () => 'the document reader did not start.');
    throw importError(fileName, `Brieflink could not start its document reader (${messageOf(error)}). Try again.`);
  }
  return helpers;
}

/** A request as its sender writes it: the id is added here. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<ImportHelperRequest>;

/**
 * Sends a request to a helper. An answer of the wrong shape is an error, like an answer that
 * says so; a helper silent past the deadline is stopped, and the request refused by the limit.
 */
function ask<T>(helper: Helper, request: Request, fileName: string, isAnswer: (value: unknown) => value is T): Promise<T> {
  if (!slots.includes(helper)) return Promise.reject(failure(() => 'the document reader stopped. Try again.', fileName));
  if (idleStop) clearTimeout(idleStop);
  idleStop = null;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const deadline = setTimeout(() => stop(helper, limitsMessage.time), limits.deadlineMs);
    helper.pending.set(id, {
      fileName,
      resolve(value) {
        clearTimeout(deadline);
        if (isAnswer(value)) resolve(value);
        else reject(failure(() => `Brieflink's document reader gave an answer that is not a ${request.kind}.`, fileName));
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

const isMetadata = (value: unknown, keys: ReadonlySet<string>): boolean =>
  typeof value === 'object' && value !== null && Object.entries(value).every(([key, field]) => keys.has(key) && typeof field === 'string');

const PDF_METADATA_KEYS = new Set(['title', 'author', 'publishedDate']);
const DOCUMENT_METADATA_KEYS = new Set(['title', 'author', 'publishedDate', 'publisher', 'url']);

const isPdfPart = (value: unknown): value is PdfPart => {
  if (typeof value !== 'object' || value === null) return false;
  const { pages, metadata, pageCount } = value as PdfPart;
  return isStrings(pages) && Number.isInteger(pageCount) && isMetadata(metadata, PDF_METADATA_KEYS);
};

const isSourceDocument = (value: unknown): value is SourceDocument => {
  if (typeof value !== 'object' || value === null) return false;
  const { fileName, text, metadata } = value as SourceDocument;
  return typeof fileName === 'string' && typeof text === 'string' && isMetadata(metadata, DOCUMENT_METADATA_KEYS);
};

/**
 * Reads a PDF on the helpers, one part of its pages each. Rejects when any part fails, or
 * when the parts do not add up to the document's pages (text would be missing or misplaced).
 */
export async function pdfInHelpers(bytes: Uint8Array, fileName: string): Promise<PdfPart> {
  const helpers = await readyHelpers(fileName, HELPER_COUNT);
  const asked = helpers.map((helper, part) => ask(helper, { kind: 'pdfPart', bytes, fileName, part, parts: helpers.length }, fileName, isPdfPart));
  const read = await Promise.all(asked).catch((error: unknown) => {
    // A helper stopped by a limit or a crash: the others, still reading parts of the same file, would
    // likely meet the same end, and meanwhile work (and hold their memory) for nothing. A plain refusal
    // of the file reaches every part at once, so helpers that merely answered so are kept.
    if (helpers.some((helper) => !slots.includes(helper))) {
      for (const helper of helpers) if ([...helper.pending.values()].some((pending) => pending.fileName === fileName)) stop(helper, () => 'another part of it could not be read.');
    }
    throw error;
  });
  const { pageCount, metadata } = read[0];
  const pages = read.flatMap((part) => part.pages);
  if (pages.length !== pageCount || read.some((part) => part.pageCount !== pageCount)) {
    const counts = read.map((part) => part.pageCount).join(' or ');
    throw importError(fileName, `Brieflink's document reader read ${pages.length} pages of a PDF that has ${counts}.`);
  }
  return { pages, metadata, pageCount };
}

const idlest = (helpers: Helper[]) => helpers.reduce((best, helper) => (helper.pending.size < best.pending.size ? helper : best));

/** Reads a Word document or a web page on the least busy helper running (the first, started if none is). */
export async function documentInHelper(format: DocumentFormat, bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const helpers = await readyHelpers(fileName, 1);
  return ask(idlest([...new Set([...helpers, ...readyNow()])]), { kind: 'document', format, bytes, fileName }, fileName, isSourceDocument);
}

/** Starts ranking a body's sentences into its summary on the least busy helper (null: the helpers are not ready; the caller ranks it). */
export const summaryInHelper: SummarizeElsewhere = (body, title) => {
  try {
    firstHelpers(1);
  } catch {
    return null;
  }
  const ready = readyNow();
  if (ready.length === 0) return null;
  return ask(idlest(ready), { kind: 'summary', body, title }, 'The summary', isSummary);
};
