import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { AppError, fail, ok, toFailure, type Result } from '../../common/result';
import { UPLOAD_KINDS, uploadTooLargeMessage, type UploadKind } from '../../common/uploads';
import type { UploadStore } from '../services/uploads/uploadStore';
import { hasToken, isAllowedOrigin } from './guards';

export interface UploadRouteOptions {
  uploads: UploadStore | undefined;
  token: string;
  port: number;
}

const isUploadKind = (text: string): text is UploadKind => (UPLOAD_KINDS as readonly string[]).includes(text);

/**
 * Reads and throws away the rest of a refused upload so the browser receives the refusal
 * rather than a reset connection; one that keeps sending far past the limit is cut off.
 */
function drain(request: IncomingMessage, cutOffAfter: number): void {
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > cutOffAfter) request.destroy();
  });
  request.resume();
}

/**
 * POST /upload/<kind>: a large file as the raw body, streamed to the workspace's upload
 * folder, answered with an opaque upload id for the call that uses it. The same guards as
 * the JSON calls (the Host check runs before any route), its own explicit size limit.
 */
export async function handleUpload(request: IncomingMessage, kindText: string, options: UploadRouteOptions): Promise<Result<unknown>> {
  if (request.method !== 'POST') return fail('UNKNOWN_METHOD', 'Use POST for uploads.');
  if (!isAllowedOrigin(request, options.port)) return fail('FORBIDDEN_ORIGIN', 'Uploads from other sites are refused.');
  if (!hasToken(request, options.token)) {
    return fail('UNAUTHORIZED', 'This upload is missing the session token. Open Brieflink from the address it printed.');
  }
  if (!isUploadKind(kindText) || !options.uploads) return fail('UNKNOWN_METHOD', `Brieflink takes no uploads of kind "${kindText.slice(0, 40)}".`);
  if ((request.headers['content-type'] ?? '') !== 'application/octet-stream') {
    return fail('BAD_ARGUMENTS', 'Uploads must be sent as application/octet-stream.');
  }
  const limit = options.uploads.limit(kindText);
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    drain(request, limit);
    return fail('TOO_LARGE', uploadTooLargeMessage(kindText, limit, declared));
  }
  // The store reads through a pass-through, so a refusal mid-way leaves the request itself open to be drained.
  const body = new PassThrough();
  request.pipe(body);
  // A client gone mid-upload ends nothing by itself: the pass-through would wait forever, and the
  // half-written file and its handle with it. Failing it makes the store delete both at once.
  const cutOff = () => {
    if (!request.complete) body.destroy(new AppError('BAD_ARGUMENTS', 'The upload was cut off before it ended.'));
  };
  request.once('close', cutOff);
  try {
    return ok(await options.uploads.receive(kindText, body));
  } catch (error) {
    request.unpipe(body);
    drain(request, limit);
    return toFailure(error);
  } finally {
    request.off('close', cutOff);
  }
}
