import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../../../common/contract';
import { RENDERER_CSP } from '../../../../common/csp';
import { PRINT_CSP } from '../../../../common/print/printHtml';
import type { Backend } from '../../../../electron/services/bootstrap';
import { startHostServer, type HostServer } from '../../../../electron/host/server';
import { makeTempDir, PROJECT_ROOT, removeTempDir, startTestBackend } from '../../../support/backendFixture';

const TOKEN = 'test-token-0123456789abcdef';
const INDEX_HTML = '<!doctype html><title>Brieflink test</title><script src="/assets/app.js"></script>';
const APP_JS = 'console.log("brieflink");';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Send the body in chunks with chunked transfer encoding (no Content-Length). */
  chunks?: Iterable<Buffer>;
}

function request(port: number, options: RequestOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', () => {});
        res.on('end', () => {
          settled = true;
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    // The server may answer and close while a large body is still being sent: that is not a failure.
    req.on('error', (error) => {
      if (!settled) setTimeout(() => !settled && reject(error), 200);
    });
    if (options.chunks) {
      (async () => {
        for (const chunk of options.chunks!) {
          if (req.destroyed) return;
          if (!req.write(chunk)) {
            await new Promise<void>((resolveWait) => {
              const done = () => {
                req.off('drain', done);
                req.off('close', done);
                resolveWait();
              };
              req.on('drain', done);
              req.on('close', done);
            });
          }
        }
        req.end();
      })().catch(() => {});
    } else {
      req.end(options.body);
    }
  });
}

describe('startHostServer', () => {
  let dataDir: string;
  let rendererRoot: string;
  let rendererDir: string;
  let backend: Backend;
  let server: HostServer;
  let port: number;
  let nodeServer: http.Server | undefined;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = makeTempDir('brieflink-server-data-');
    rendererRoot = makeTempDir('brieflink-server-renderer-');
    rendererDir = path.join(rendererRoot, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), APP_JS);
    // A file next to (outside) the renderer folder, with a served extension: must never be reachable.
    fs.writeFileSync(path.join(rendererRoot, 'secret.json'), '{"secret":true}');
    backend = startTestBackend(dataDir);
    // Capture the node:http server the host creates, to check the address it listens on.
    const createServer = http.createServer.bind(http);
    const spy = vi.spyOn(http, 'createServer').mockImplementation(((...args: Parameters<typeof http.createServer>) => {
      nodeServer = createServer(...args);
      return nodeServer;
    }) as typeof http.createServer);
    server = await startHostServer({ handlers: backend.handlers, printPages: backend.printPages, rendererDir, token: TOKEN, port: 0, log: (m) => logs.push(m) });
    port = server.port;
    spy.mockRestore();
  });

  afterAll(async () => {
    await server?.close();
    await backend?.close();
    removeTempDir(dataDir);
    removeTempDir(rendererRoot);
  });

  const apiHeaders = (extra: Record<string, string | number> = {}) => ({
    'Content-Type': 'application/json',
    'X-Brieflink-Token': TOKEN,
    ...extra,
  });
  const api = (method: string, body: unknown = {}, headers: Record<string, string | number> = {}) =>
    request(port, { method: 'POST', path: `/api/${method}`, headers: apiHeaders(headers), body: JSON.stringify(body) });

  it('listens only on 127.0.0.1, on the port it reports', () => {
    expect(port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    expect(nodeServer).toBeDefined();
    expect(nodeServer!.address()).toEqual({ address: '127.0.0.1', family: 'IPv4', port });
  });

  it('is not reachable on another local address of the machine', async () => {
    const result = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.2', port });
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(result).not.toBe('connected');
  });

  it('serves index.html at / with the Content-Security-Policy and other security headers', async () => {
    const reply = await request(port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  });

  it('serves files under assets with their content type', async () => {
    const reply = await request(port, { path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(APP_JS);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await request(port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../x',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/..%2fsecret.json',
    '/%2e%2e%2fsecret.json',
    '/assets/..%2f..%2fsecret.json',
    '/..\\secret.json',
    '/%2fetc%2fpasswd',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses the path traversal attempt %s with 404', async (attempt) => {
    const reply = await request(port, { path: attempt });
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('secret');
    expect(reply.text).not.toContain('root:');
  });

  it('refuses POST to a static path with 405', async () => {
    expect((await request(port, { method: 'POST', path: '/index.html' })).status).toBe(405);
  });

  it('refuses an API call without the token with 401 UNAUTHORIZED', async () => {
    const reply = await request(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(401);
    expect(reply.json().error?.code).toBe('UNAUTHORIZED');
  });

  it('refuses an API call with a wrong token (same length and different length) with 401', async () => {
    const sameLength = TOKEN.slice(0, -1) + (TOKEN.endsWith('x') ? 'y' : 'x');
    for (const token of [sameLength, 'short', `${TOKEN}extra`, '']) {
      const reply = await api('app.info', {}, { 'X-Brieflink-Token': token });
      expect(reply.status, token).toBe(401);
      expect(reply.json().error?.code).toBe('UNAUTHORIZED');
    }
  });

  it('answers an API call with the right token with 200 ok', async () => {
    const reply = await api('app.info');
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual({ ok: true, value: { version: '0.0.0-test', host: 'browser', dataDir } });
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('accepts an empty body as no arguments', async () => {
    const reply = await request(port, { method: 'POST', path: '/api/templates.list', headers: apiHeaders() });
    expect(reply.status).toBe(200);
    expect(reply.json().ok).toBe(true);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403 FORBIDDEN_ORIGIN, for the API and for pages', async () => {
    const apiReply = await api('app.info', {}, { Host: `evil.example:${port}` });
    expect(apiReply.status).toBe(403);
    expect(apiReply.json().error?.code).toBe('FORBIDDEN_ORIGIN');
    const page = await request(port, { path: '/', headers: { Host: `evil.example:${port}` } });
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('Brieflink test');
  });

  it('refuses a Host header with the right name but another port', async () => {
    expect((await api('app.info', {}, { Host: `127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await api('app.info', {}, { Host: '127.0.0.1' })).status).toBe(403);
  });

  it('accepts Host localhost:PORT', async () => {
    expect((await api('app.info', {}, { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a cross-site Origin with 403 FORBIDDEN_ORIGIN even with the token', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`]) {
      const reply = await api('app.info', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.json().error?.code).toBe('FORBIDDEN_ORIGIN');
    }
  });

  it('allows its own Origin http://127.0.0.1:PORT and http://localhost:PORT', async () => {
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await api('app.info', {}, { Origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('refuses Sec-Fetch-Site: cross-site without an Origin with 403', async () => {
    const reply = await api('app.info', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(reply.status).toBe(403);
    expect(reply.json().error?.code).toBe('FORBIDDEN_ORIGIN');
    expect((await api('app.info', {}, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a body over MAX_REQUEST_BYTES with a Content-Length with 413 TOO_LARGE, and keeps serving', async () => {
    const body = Buffer.alloc(MAX_REQUEST_BYTES + 1, 0x20);
    const reply = await request(port, { method: 'POST', path: '/api/app.info', headers: apiHeaders(), body });
    expect(reply.status).toBe(413);
    expect(reply.json().error?.code).toBe('TOO_LARGE');
    expect((await api('app.info')).status).toBe(200);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const reply = await request(port, {
      method: 'POST',
      path: '/api/app.info',
      headers: apiHeaders({ 'Content-Length': MAX_REQUEST_BYTES + 1 }),
      chunks: [Buffer.from('{}')],
    });
    expect(reply.status).toBe(413);
    expect((await api('app.info')).status).toBe(200);
  });

  it('refuses a streamed body without Content-Length that grows past the limit with 413, and keeps serving', async () => {
    function* stream() {
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      for (let sent = 0; sent <= MAX_REQUEST_BYTES * 2; sent += chunk.length) yield chunk;
    }
    const reply = await request(port, { method: 'POST', path: '/api/app.info', headers: apiHeaders(), chunks: stream() });
    expect(reply.status).toBe(413);
    expect(reply.json().error?.code).toBe('TOO_LARGE');
    const next = await api('app.info');
    expect(next.status).toBe(200);
    expect(next.json().ok).toBe(true);
  });

  it('accepts a streamed body just under the limit', async () => {
    const json = Buffer.from(JSON.stringify({ query: 'deepfake' }));
    const padding = Buffer.alloc(MAX_REQUEST_BYTES - json.length, 0x20);
    const reply = await request(port, { method: 'POST', path: '/api/library.search', headers: apiHeaders(), chunks: [padding, json] });
    expect(reply.status).toBe(200);
  });

  it('refuses an invalid JSON body with 400 BAD_ARGUMENTS', async () => {
    const reply = await request(port, { method: 'POST', path: '/api/app.info', headers: apiHeaders(), body: '{not json' });
    expect(reply.status).toBe(400);
    expect(reply.json().error).toEqual({ code: 'BAD_ARGUMENTS', message: 'The request body is not valid JSON.' });
  });

  it('refuses a non-JSON content type with 400 BAD_ARGUMENTS', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await api('app.info', {}, { 'Content-Type': type });
      expect(reply.status, type).toBe(400);
      expect(reply.json().error).toEqual({ code: 'BAD_ARGUMENTS', message: 'Calls must send JSON.' });
    }
    const none = await request(port, { method: 'POST', path: '/api/app.info', headers: { 'X-Brieflink-Token': TOKEN }, body: '{}' });
    expect(none.status).toBe(400);
  });

  it('refuses GET /api/app.info (only POST reaches a method)', async () => {
    const reply = await request(port, { path: '/api/app.info', headers: { 'X-Brieflink-Token': TOKEN } });
    expect(reply.status).toBe(404);
    expect(reply.json().ok).toBe(false);
    expect(reply.json().error?.code).toBe('UNKNOWN_METHOD');
    expect(reply.text).not.toContain(dataDir);
  });

  it('answers an unknown method with 404 UNKNOWN_METHOD', async () => {
    const reply = await api('notes.destroyEverything');
    expect(reply.status).toBe(404);
    expect(reply.json().error?.code).toBe('UNKNOWN_METHOD');
  });

  it('answers bad arguments with 400 BAD_ARGUMENTS', async () => {
    const reply = await api('notes.open', { id: '../../settings' });
    expect(reply.status).toBe(400);
    expect(reply.json().error?.code).toBe('BAD_ARGUMENTS');
  });

  it('round-trips a note over HTTP', async () => {
    const created = (await api('notes.create', { templateId: 'decision-note' })).json();
    expect(created.ok).toBe(true);
    const id = (created.value as { id: string }).id;
    const opened = await api('notes.open', { id });
    expect(opened.status).toBe(200);
    expect((opened.json().value as { id: string }).id).toBe(id);
  });

  it('serves the page export.print made once, with the print policy, framed only by its own origin', async () => {
    const id = ((await api('notes.create', { templateId: 'decision-note' })).json().value as { id: string }).id;
    const printed = (await api('export.print', { noteId: id })).json();
    expect(printed.ok).toBe(true);
    const { path: pagePath } = printed.value as { path: string };
    expect(pagePath).toMatch(/^\/print\/[0-9a-f-]{36}$/);

    expect((await request(port, { method: 'POST', path: pagePath })).status).toBe(404);
    const page = await request(port, { path: pagePath });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/^<!DOCTYPE html>\n<html lang="en-CA">/);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(`${PRINT_CSP}; frame-ancestors 'self'; sandbox allow-modals allow-same-origin`);
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['cache-control']).toBe('no-store');
    // Served once: a second request, or any other id, finds nothing.
    expect((await request(port, { path: pagePath })).status).toBe(404);
    expect((await request(port, { path: '/print/00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });
});

describe('startHostServer robustness (separate process, so a crash cannot take the test runner down)', () => {
  let child: ChildProcess | undefined;
  let dir: string;

  afterAll(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    removeTempDir(dir);
  });

  it('keeps running after a request whose absolute-form URL cannot be parsed', async () => {
    dir = makeTempDir('brieflink-server-child-');
    const rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
    const script = path.join(dir, 'serve-child.mts');
    fs.writeFileSync(
      script,
      [
        `import { startHostServer } from ${JSON.stringify(path.join(PROJECT_ROOT, 'electron/host/server.ts'))};`,
        `import { startTestBackend } from ${JSON.stringify(path.join(PROJECT_ROOT, 'tests/support/backendFixture.ts'))};`,
        `const backend = startTestBackend(${JSON.stringify(path.join(dir, 'data'))});`,
        `const server = await startHostServer({ handlers: backend.handlers, rendererDir: ${JSON.stringify(rendererDir)}, token: ${JSON.stringify(TOKEN)}, port: 0 });`,
        `console.log('PORT=' + server.port);`,
      ].join('\n'),
    );
    child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const childPort = await new Promise<number>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (chunk) => {
        out += chunk;
        const match = /PORT=(\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      child!.on('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
    });

    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(childPort, '127.0.0.1', () =>
        socket.write(`GET http://999.999.999.999/ HTTP/1.1\r\nHost: 127.0.0.1:${childPort}\r\nConnection: close\r\n\r\n`),
      );
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      socket.on('close', () => resolve(received));
      socket.on('error', () => resolve(received));
    });
    await new Promise((r) => setTimeout(r, 150));

    expect(raw.startsWith('HTTP/1.1 2'), `a malformed URL must not be served: ${raw.slice(0, 40)}`).toBe(false);
    expect(child.exitCode, `the server process died:\n${stderr.split('\n').slice(0, 6).join('\n')}`).toBeNull();
    const next = await request(childPort, { path: '/' });
    expect(next.status).toBe(200);
  });
});
