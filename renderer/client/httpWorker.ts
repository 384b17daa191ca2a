// The browser host's calls run here, off the window's main thread. Sending a long note (half a
// megabyte of JSON) through fetch encodes and copies it synchronously, for well over 10 ms on
// the thread that paints the editor; in this worker that work no longer delays a keystroke.
// Turning the arguments into JSON is done here too: a saved body is JSON text already, and
// writing it as a JSON string escapes every quote in it, 3–4 ms for a 40-page note.

/** A call to the browser host, its arguments as the page gave them (structured-cloned). */
export interface WorkerRequest {
  id: number;
  url: string;
  token: string;
  args: unknown;
}

/** What came back: the host's Result, or why there is none. */
export type WorkerAnswer = { id: number; result: unknown } | { id: number; failure: 'unreachable' | 'unreadable'; status?: number } | { ready: true };

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(answer: WorkerAnswer): void };

scope.onmessage = async ({ data: { id, url, token, args } }) => {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Brieflink-Token': token }, body: JSON.stringify(args) });
  } catch {
    scope.postMessage({ id, failure: 'unreachable' });
    return;
  }
  try {
    scope.postMessage({ id, result: (await response.json()) as unknown });
  } catch {
    scope.postMessage({ id, failure: 'unreadable', status: response.status });
  }
};

// Said once the worker runs: until then the window sends its calls itself, so the first screen's
// few small calls do not wait for this script to load (about 300 ms after the page's load event).
scope.postMessage({ ready: true });
