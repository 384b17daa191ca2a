import type { Result } from '../../common/result';
import { UPLOAD_PATH_PREFIX, type UploadReceipt } from '../../common/uploads';
import { ClientError, unwrap, type BrieflinkClient } from './client';

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

/** The typed answer of the browser host, or a ClientError saying why there is none. */
async function send(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ClientError('INTERNAL', 'Brieflink’s back end is not answering. Is the server still running?');
  }
  let result: Result<unknown>;
  try {
    result = (await response.json()) as Result<unknown>;
  } catch {
    throw new ClientError('INTERNAL', `Brieflink’s back end sent an unreadable answer (HTTP ${response.status}).`);
  }
  return unwrap(result);
}

export function createHttpClient(token: string): BrieflinkClient {
  return {
    async call(method, args) {
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
  };
}
