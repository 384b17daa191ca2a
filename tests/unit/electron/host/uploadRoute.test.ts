import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../../common/bundle';
import { dispatch } from '../../../../common/dispatch';
import { startHostServer, type HostServer } from '../../../../electron/host/server';
import type { Backend } from '../../../../electron/services/bootstrap';
import { createUploadStore } from '../../../../electron/services/uploads/uploadStore';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../support/backendFixture';
import { developmentFields } from '../../../support/developmentFields';

const TOKEN = 'upload-test-token-0123456789';
const LIMIT = 1024 * 1024;

interface Reply {
  status: number;
  body: { ok: boolean; value?: { uploadId: string; size: number }; error?: { code: string; message: string } };
}

/** One raw HTTP request; `chunked` sends the body without a Content-Length. */
function send(port: number, headers: Record<string, string>, body: Buffer, options: { chunked?: boolean; method?: string; path?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/upload/bundle', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    if (options.chunked) {
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
      req.end();
    } else {
      req.end(body);
    }
  });
}

function bundleBytes(titles: string[]): Buffer {
  const entries = titles.map((title, index) => {
    const development = { ...developmentFields({ title }), id: `uploaded-${index}`, revision: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    return { development, history: [] };
  });
  return Buffer.from(JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: '2026-01-02T00:00:00.000Z', entries }));
}

describe('the browser host upload route', () => {
  let dataDir: string;
  let backend: Backend;
  let server: HostServer;
  let port: number;
  let uploadsDir: string;

  beforeAll(async () => {
    dataDir = makeTempDir('brieflink-upload-');
    backend = startTestBackend(dataDir);
    // A small limit, so the refusal is tested without sending 200 MB.
    const uploads = createUploadStore(dataDir, { limits: { bundle: LIMIT } });
    server = await startHostServer({ handlers: backend.handlers, uploads, rendererDir: dataDir, token: TOKEN, port: 0 });
    port = server.port;
    uploadsDir = path.join(dataDir, 'tmp', 'uploads');
  });
  afterAll(async () => {
    await server?.close();
    await backend?.close();
    removeTempDir(dataDir);
  });

  const good = () => ({ host: `127.0.0.1:${port}`, 'content-type': 'application/octet-stream', 'x-brieflink-token': TOKEN });
  const files = () => fs.readdirSync(uploadsDir);

  it('accepts a good upload into the workspace upload folder and answers with an opaque id', async () => {
    const reply = await send(port, good(), Buffer.from('{"hello":"world"}'));
    expect(reply.status).toBe(200);
    expect(reply.body.value?.uploadId).toMatch(/^upload-[A-Za-z0-9_-]{32}$/);
    expect(reply.body.value?.size).toBe(17);
    expect(files()).toContain(`${reply.body.value!.uploadId}.${process.pid}.part`);
  });

  it('refuses an upload without the token, or with a wrong one', async () => {
    const withoutToken: Record<string, string> = good();
    delete withoutToken['x-brieflink-token'];
    for (const headers of [withoutToken, { ...good(), 'x-brieflink-token': 'wrong-token-0123456789abcd' }]) {
      const reply = await send(port, headers, Buffer.from('{}'));
      expect(reply.status).toBe(401);
      expect(reply.body.error?.message).toContain('missing the session token');
    }
  });

  it('refuses another site (Origin or Sec-Fetch-Site) and a foreign Host', async () => {
    expect((await send(port, { ...good(), origin: 'http://evil.example' }, Buffer.from('{}'))).status).toBe(403);
    expect((await send(port, { ...good(), origin: `http://localhost:${port + 1}` }, Buffer.from('{}'))).status).toBe(403);
    expect((await send(port, { ...good(), 'sec-fetch-site': 'cross-site' }, Buffer.from('{}'))).status).toBe(403);
    expect((await send(port, { ...good(), host: `rebound.example:${port}` }, Buffer.from('{}'))).status).toBe(403);
    expect((await send(port, { ...good(), origin: `http://localhost:${port}` }, Buffer.from('{}'))).status).toBe(200);
  });

  it('refuses a wrong method, content type or kind', async () => {
    expect((await send(port, good(), Buffer.alloc(0), { method: 'PUT' })).status).toBe(404);
    expect((await send(port, { ...good(), 'content-type': 'application/json' }, Buffer.from('{}'))).body.error?.message).toBe(
      'Uploads must be sent as application/octet-stream.',
    );
    expect((await send(port, good(), Buffer.from('{}'), { path: '/upload/bundle/x' })).status).toBe(404);
    expect((await send(port, good(), Buffer.from('{}'), { path: '/upload/template' })).body.error?.message).toContain('no uploads of kind "template"');
  });

  it('refuses an oversized upload with its own message, declared or streamed, and keeps nothing of it', async () => {
    const before = files();
    const declared = await send(port, good(), Buffer.alloc(LIMIT + 10, 32));
    expect(declared.status).toBe(413);
    expect(declared.body.error).toEqual({ code: 'TOO_LARGE', message: 'This library bundle is 1.0 MB; the largest library bundle Brieflink imports is 1.0 MB.' });
    const streamed = await send(port, good(), Buffer.alloc(LIMIT * 2, 32), { chunked: true });
    expect(streamed.status).toBe(413);
    expect(streamed.body.error?.message).toBe('This library bundle is larger than 1.0 MB, the largest library bundle Brieflink imports.');
    expect(files()).toEqual(before);
  });

  it('keeps the 8 MB limit for ordinary JSON calls', async () => {
    const reply = await send(port, { ...good(), 'content-type': 'application/json' }, Buffer.alloc(9 * 1024 * 1024, 32), { path: '/api/app.info' });
    expect(reply.status).toBe(413);
    expect(reply.body.error?.message).toBe('The request is larger than 8 MB and was refused.');
  });
});

describe('library.importBundle with an upload id', () => {
  let dataDir: string;
  let backend: Backend;
  beforeAll(() => {
    dataDir = makeTempDir('brieflink-upload-import-');
    backend = startTestBackend(dataDir);
  });
  afterAll(async () => {
    await backend?.close();
    removeTempDir(dataDir);
  });

  it('merges the uploaded bundle, deletes the upload, and refuses the same id a second time', async () => {
    const { uploadId } = await backend.uploads.receive('bundle', Readable.from([bundleBytes(['Uploaded one', 'Uploaded two'])]));
    const merged = await dispatch(backend.handlers, 'library.importBundle', { fileName: 'team.json', uploadId });
    expect(merged).toMatchObject({ ok: true, value: { added: 2, conflicts: [] } });
    expect(fs.readdirSync(path.join(dataDir, 'tmp', 'uploads'))).toEqual([]);
    const again = await dispatch(backend.handlers, 'library.importBundle', { fileName: 'team.json', uploadId });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('unknown or has expired') } });
  });

  it('deletes a damaged upload too, with the bundle error naming the file', async () => {
    const { uploadId } = await backend.uploads.receive('bundle', Readable.from([Buffer.from('{not json')]));
    const result = await dispatch(backend.handlers, 'library.importBundle', { fileName: 'broken.json', uploadId });
    expect(result).toMatchObject({ ok: false, error: { code: 'BUNDLE_INVALID', message: 'broken.json: this is not a Brieflink library bundle (it is not JSON).' } });
    expect(fs.readdirSync(path.join(dataDir, 'tmp', 'uploads'))).toEqual([]);
  });

  it('validates the upload id before any service runs', async () => {
    for (const uploadId of ['', '../library.db', 'upload-short', `upload-${'a'.repeat(32)}/x`]) {
      const result = await dispatch(backend.handlers, 'library.importBundle', { fileName: 'a.json', uploadId });
      expect(result.ok ? 'accepted' : result.error.code).toBe('BAD_ARGUMENTS');
    }
    const unknown = await dispatch(backend.handlers, 'library.importBundle', { fileName: 'a.json', uploadId: `upload-${'a'.repeat(32)}` });
    expect(unknown.ok ? 'accepted' : unknown.error.code).toBe('NOT_FOUND');
  });

  it('has no open dialog in the browser host', async () => {
    const result = await dispatch(backend.handlers, 'uploads.chooseFile', { kind: 'bundle' });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('choose the file with the file picker') } });
  });
});

describe('the upload store', () => {
  it('forgets uploads after their time, keeps a bounded number waiting, and removes files a crash left behind', async () => {
    const root = makeTempDir('brieflink-upload-store-');
    try {
      let clock = 0;
      const store = createUploadStore(root, { ttlMs: 1000, maxWaiting: 2, now: () => clock });
      const first = await store.receive('bundle', Readable.from([Buffer.from('a')]));
      clock = 2000;
      expect(() => store.take(first.uploadId, 'bundle')).toThrow('unknown or has expired');
      const [a, b, c] = [await store.receive('bundle', Readable.from([Buffer.from('a')])), await store.receive('bundle', Readable.from([Buffer.from('b')])), await store.receive('bundle', Readable.from([Buffer.from('c')]))];
      expect(() => store.take(a.uploadId, 'bundle')).toThrow('unknown or has expired');
      const taken = store.take(b.uploadId, 'bundle');
      expect(fs.readFileSync(taken.file, 'utf8')).toBe('b');
      taken.release();
      expect(fs.existsSync(taken.file)).toBe(false);
      // A file left by a crash long ago goes when a store opens; the live upload of another store stays.
      const dir = path.join(root, 'tmp', 'uploads');
      const stale = path.join(dir, 'upload-left-by-a-crash.part');
      fs.writeFileSync(stale, 'x');
      fs.utimesSync(stale, new Date(2000, 0, 1), new Date(2000, 0, 1));
      createUploadStore(root, { ttlMs: 1000 });
      expect(fs.existsSync(stale)).toBe(false);
      expect(fs.readdirSync(dir)).toEqual([`${c.uploadId}.${process.pid}.part`]);
      store.clear();
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      removeTempDir(root);
    }
  });
});

/** Whether this process holds a file open under `dir` (Linux: its descriptors are links in /proc/self/fd). */
function holdsFileIn(dir: string): boolean {
  return fs.readdirSync('/proc/self/fd').some((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir);
    } catch {
      return false;
    }
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() > deadline) throw new Error(`waited in vain until ${what}`);
  }
}

describe('uploads cut off mid-way', () => {
  let dataDir: string;
  let backend: Backend;
  let server: HostServer;
  let uploadsDir: string;
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    dataDir = makeTempDir('brieflink-upload-cut-');
    backend = startTestBackend(dataDir);
    // The real limit (200 MB): a declared 100 MB is accepted, and then cut off.
    server = await startHostServer({ handlers: backend.handlers, uploads: createUploadStore(dataDir), rendererDir: dataDir, token: TOKEN, port: 0 });
    uploadsDir = path.join(dataDir, 'tmp', 'uploads');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await server?.close();
    await backend?.close();
    removeTempDir(dataDir);
  });

  /** Declares 100 MB and sends `sentBytes` of it, keeping the connection open; resolves with the socket and what the host answers, if it does. */
  function startUpload(sentBytes: number): { socket: net.Socket; answer: Promise<string> } {
    const socket = net.connect(server.port, '127.0.0.1');
    sockets.push(socket);
    let received = '';
    const answer = new Promise<string>((resolve) => {
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('close', () => resolve(received));
      socket.on('error', () => resolve(received));
    });
    socket.write(
      `POST /upload/bundle HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/octet-stream\r\n` +
        `X-Brieflink-Token: ${TOKEN}\r\nContent-Length: ${100 * 1024 * 1024}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(Buffer.alloc(sentBytes, 0x61));
    return { socket, answer };
  }

  const partFiles = () => fs.readdirSync(uploadsDir).filter((name) => name.endsWith('.part'));
  const written = () => partFiles().reduce((sum, name) => sum + fs.statSync(path.join(uploadsDir, name)).size, 0);

  it('(100 MB declared, 10 MB sent, socket closed) removes its file and closes its handle at once', async () => {
    const { socket } = startUpload(10 * 1024 * 1024);
    await until(() => written() >= 10 * 1024 * 1024, 'the 10 MB were written');
    expect(holdsFileIn(uploadsDir)).toBe(true);
    socket.destroy();
    await until(() => partFiles().length === 0 && !holdsFileIn(uploadsDir), 'the cut-off upload was removed');
  });

  it('count toward the uploads received at once while they last, and not once cut off', async () => {
    const open = [0, 1, 2, 3].map(() => startUpload(64 * 1024));
    await until(() => partFiles().length === 4, 'four uploads were being received');
    const fifth = startUpload(64 * 1024);
    expect(await fifth.answer).toContain('Brieflink is already receiving 4 uploads; wait until one has finished, then try again.');
    open[0].socket.destroy();
    await until(() => partFiles().length === 3, 'the cut-off upload was removed');
    startUpload(64 * 1024);
    await until(() => partFiles().length === 4, 'a new upload was taken in its place');
    for (const { socket } of open) socket.destroy();
  });
});

describe('upload files left by a process that no longer runs', () => {
  it('are removed when a store opens, however young; those of a running process stay', () => {
    const root = makeTempDir('brieflink-upload-sweep-');
    try {
      const dir = path.join(root, 'tmp', 'uploads');
      fs.mkdirSync(dir, { recursive: true });
      const ended = spawnSync(process.execPath, ['-e', '0']).pid;
      const orphan = path.join(dir, `upload-orphan.${ended}.part`);
      const live = path.join(dir, `upload-live.${process.pid}.part`);
      fs.writeFileSync(orphan, 'x');
      fs.writeFileSync(live, 'y');
      createUploadStore(root);
      expect(fs.existsSync(orphan)).toBe(false);
      expect(fs.existsSync(live)).toBe(true);
    } finally {
      removeTempDir(root);
    }
  });
});
