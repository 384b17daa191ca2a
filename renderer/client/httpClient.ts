import type { Result } from '../../common/result';
import { UPLOAD_PATH_PREFIX, type UploadReceipt } from '../../common/uploads';
import { ClientError, neverFires, unwrap, type BrieflinkClient } from './client';
import type { WorkerAnswer, WorkerRequest } from './httpWorker';

const TOKEN_KEY = 'brieflink.token';

/**
 * The browser host prints an address with the session token in the fragment (never sent
 * to the server in URLs or logs). Keep it for this tab, so a reload still works, and take
 * it out of the address bar.
 */
export function takeSessionToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

const UNREACHABLE = 'Brieflink’s back end is not answering. Is the server still running?';
const unreadable = (status: number | undefined) => `Brieflink’s back end sent an unreadable answer (HTTP ${status ?? '?'}).`;

/** The typed answer of the browser host, or a ClientError saying why there is none. */
async function send(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ClientError('INTERNAL', UNREACHABLE);
  }
  let result: Result<unknown>;
  try {
    result = (await response.json()) as Result<unknown>;
  } catch {
    throw new ClientError('INTERNAL', unreadable(response.status));
  }
  return unwrap(result);
}

/**
 * Calls go through a worker (see httpWorker.ts), so sending a long note never holds the
 * window's main thread. The page only hands the arguments over (a copy of a long body's text).
 */
interface WorkerTransport {
  /** Whether the worker has started: calls made before then are better sent from the window. */
  ready(): boolean;
  call(method: string, args: unknown): Promise<unknown>;
}

function workerTransport(token: string): WorkerTransport | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./httpWorker.ts', import.meta.url), { type: 'module', name: 'brieflink-calls' });
  } catch {
    return null;
  }
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  let nextId = 0;
  let started = false;
  worker.onmessage = ({ data: answer }: MessageEvent<WorkerAnswer>) => {
    if ('ready' in answer) {
      started = true;
      return;
    }
    const call = waiting.get(answer.id);
    if (!call) return;
    waiting.delete(answer.id);
    if ('result' in answer) {
      try {
        call.resolve(unwrap(answer.result as Result<unknown>));
      } catch (error) {
        call.reject(error);
      }
    } else {
      call.reject(new ClientError('INTERNAL', answer.failure === 'unreachable' ? UNREACHABLE : unreadable(answer.status)));
    }
  };
  // A worker that failed to load or crashed fails the calls it holds; later calls are sent from the window.
  worker.onerror = () => {
    started = false;
    for (const call of waiting.values()) call.reject(new ClientError('INTERNAL', UNREACHABLE));
    waiting.clear();
  };
  return {
    ready: () => started,
    call: (method, args) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const request: WorkerRequest = { id, url: new URL(`/api/${method}`, window.location.href).href, token, args };
        // Arguments are plain data (the contract's types), so the copy cannot fail; if it did, this call fails alone.
        worker.postMessage(request);
        waiting.set(id, { resolve, reject });
      }),
  };
}

export function createHttpClient(token: string): BrieflinkClient {
  const viaWorker = typeof Worker === 'function' ? workerTransport(token) : null;
  return {
    async call(method, args) {
      if (viaWorker?.ready()) return (await viaWorker.call(method, args)) as never;
      return (await send(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Brieflink-Token': token },
        body: JSON.stringify(args),
      })) as never;
    },
    // The browser streams the file from disk as the body: no base64, no copy in the page.
    async upload(kind, file) {
      return (await send(`${UPLOAD_PATH_PREFIX}${kind}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', 'X-Brieflink-Token': token },
        body: file,
      })) as UploadReceipt;
    },
    // The browser's own menus belong to the browser; files come in through the page's pickers and drops.
    onMenuCommand: neverFires,
    onOpenedFile: neverFires,
  };
}
