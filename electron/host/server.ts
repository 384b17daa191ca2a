import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES, type Handlers } from '../../common/contract';
import { RENDERER_CSP } from '../../common/csp';
import { messageOf } from '../../common/messageOf';
import { dispatch, logUnexpectedTo, REQUEST_TOO_LARGE } from '../../common/dispatch';
import { fail, type ErrorCode, type Result } from '../../common/result';
import { hasToken, isAllowedHost, isAllowedOrigin } from './guards';
import { resolveStaticFile } from './staticFiles';
import type { UploadStore } from '../services/uploads/uploadStore';
import { UPLOAD_PATH_PREFIX } from '../../common/uploads';
import { handleUpload } from './uploadRoute';
import { PRINT_PAGE_PREFIX } from '../../common/printPage';
import { PRINT_PAGE_HEADERS } from '../../common/print/printPageHeaders';
import type { PrintPages } from '../services/export/printPages';

export interface HostServerOptions {
  handlers: Handlers;
  rendererDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
  log?: (message: string) => void;
  /** Where POST /upload/<kind> puts large files (bundles); without it the route refuses every upload. */
  uploads?: UploadStore;
  /** The page Print… prints, served once at GET /print/<id>; without it the route finds nothing. */
  printPages?: Pick<PrintPages, 'take'>;
}

export interface HostServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

/** HTTP statuses for logs and tools; the renderer reads the typed error in the body. */
const STATUS_FOR: Record<ErrorCode, number> = {
  BAD_ARGUMENTS: 400,
  UNKNOWN_METHOD: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN_ORIGIN: 403,
  TOO_LARGE: 413,
  NOT_FOUND: 404,
  NOTE_UNREADABLE: 422,
  NOTE_FROM_NEWER_VERSION: 409,
  TEMPLATE_INVALID: 422,
  LIBRARY_UNAVAILABLE: 503,
  REVISION_CONFLICT: 409,
  NOTE_BUSY: 409,
  IMPORT_FAILED: 422,
  BUNDLE_INVALID: 422,
  BUNDLE_FROM_NEWER_VERSION: 409,
  EXPORT_FAILED: 500,
  STORAGE_FAILED: 507,
  BROWSER_MISSING: 503,
  INTERNAL: 500,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(text);
}

function sendFailure(response: ServerResponse, code: ErrorCode, message: string): void {
  sendJson(response, STATUS_FOR[code], fail(code, message));
}

/**
 * Reads and throws away the rest of a refused body, so the client finishes sending and
 * receives the refusal instead of a broken connection; a client that keeps sending far past
 * the limit is cut off. `done` is called when the body has ended or the connection closed.
 */
function discardRest(request: IncomingMessage, limit: number, alreadyRead: number, done: () => void = () => {}): void {
  let size = alreadyRead;
  request.removeAllListeners('data');
  request.removeAllListeners('end');
  request.removeAllListeners('error');
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit * 4) request.destroy();
  });
  request.once('end', done);
  request.once('close', done);
  // A client that gives up while its refused body is read away is no failure of the server's.
  request.on('error', done);
  request.resume();
}

/** Reads a request body, refusing it as soon as it passes the limit. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit * 4) {
      request.destroy();
      return resolve('too-large');
    }
    // A declared size is refused at once: the client can stop sending as soon as it reads the answer.
    if (declared > limit) {
      discardRest(request, limit, 0);
      return resolve('too-large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // A body sent without its size is refused once it has ended: answered and closed while
        // the client still writes, the connection breaks under the client, which may then never
        // read the answer.
        discardRest(request, limit, size, () => resolve('too-large'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The browser host: the built renderer plus one POST route per contract method, on 127.0.0.1 only. */
export function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const log = options.log ?? (() => {});
  let port = options.port;

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendFailure(response, 'UNKNOWN_METHOD', 'Use POST for Brieflink calls.');
    if (!isAllowedOrigin(request, port)) return sendFailure(response, 'FORBIDDEN_ORIGIN', 'Calls from other sites are refused.');
    if (!hasToken(request, options.token)) {
      return sendFailure(response, 'UNAUTHORIZED', 'This call is missing the session token. Open Brieflink from the address it printed.');
    }
    // The media type itself, before any parameter (`; charset=utf-8`): `application/jsonfoo` is not JSON.
    if ((request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() !== 'application/json') {
      return sendFailure(response, 'BAD_ARGUMENTS', 'Calls must send JSON.');
    }
    const body = await readBody(request, MAX_REQUEST_BYTES);
    if (body === 'too-large') return sendFailure(response, 'TOO_LARGE', REQUEST_TOO_LARGE);
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendFailure(response, 'BAD_ARGUMENTS', 'The request body is not valid JSON.');
    }
    const result = await dispatch(options.handlers, method, args, logUnexpectedTo(log));
    sendJson(response, result.ok ? 200 : STATUS_FOR[result.error.code], result);
  }

  function handleStatic(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const found = resolveStaticFile(options.rendererDir, pathname);
    if (!found) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (request.method === 'HEAD') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.contentType }).end();
      return;
    }
    const stream = fs.createReadStream(found.file);
    stream.once('open', () => {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.contentType });
      stream.pipe(response);
    });
    // The file may vanish between the check and the read (a rebuild); answer, don't crash.
    stream.once('error', () => {
      if (!response.headersSent) response.writeHead(404, SECURITY_HEADERS);
      response.end();
    });
  }

  /** The print page, once, for the window's hidden print frame; its random path is the only key. */
  function handlePrintPage(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    const html = request.method === 'GET' ? options.printPages?.take(pathname) : undefined;
    if (html === undefined) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, PRINT_PAGE_HEADERS);
    response.end(html);
  }

  const server = http.createServer((request, response) => {
    if (!isAllowedHost(request, port)) {
      sendFailure(response, 'FORBIDDEN_ORIGIN', 'Unknown Host header: Brieflink answers only on 127.0.0.1 and localhost.');
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      sendFailure(response, 'BAD_ARGUMENTS', 'The request address could not be read.');
      return;
    }
    if (pathname.startsWith(UPLOAD_PATH_PREFIX)) {
      handleUpload(request, pathname.slice(UPLOAD_PATH_PREFIX.length), { uploads: options.uploads, token: options.token, port })
        .then((result) => sendJson(response, result.ok ? 200 : STATUS_FOR[result.error.code], result))
        .catch((error) => {
          log(`Upload failed: ${messageOf(error)}`);
          if (!response.headersSent) sendFailure(response, 'INTERNAL', 'The upload could not be handled.');
        });
      return;
    }
    if (pathname.startsWith(PRINT_PAGE_PREFIX)) {
      handlePrintPage(request, response, pathname);
      return;
    }
    if (pathname.startsWith(API_PREFIX)) {
      handleApi(request, response, pathname.slice(API_PREFIX.length)).catch((error) => {
        log(`Request failed: ${messageOf(error)}`);
        if (!response.headersSent) sendFailure(response, 'INTERNAL', 'The request could not be handled.');
      });
      return;
    }
    handleStatic(request, response, pathname);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
