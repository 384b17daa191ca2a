import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceLinkUrl } from '../../../common/citations';
import { MAX_ARGS_DEPTH } from '../../../common/dispatch';
import { safeLinkUrl } from '../../../common/print/decisions';
import { withoutCredentials } from '../../../common/urls';
import { startHostServer, type HostServer } from '../../../electron/host/server';
import type { Backend } from '../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../support/backendFixture';
import { callMethod } from '../../support/callMethod';
import { developmentFields } from '../../support/developmentFields';

const TOKEN = 'call-limits-token-0123456789';

let dataDir: string;
let backend: Backend;
let server: HostServer;

beforeAll(async () => {
  dataDir = makeTempDir('brieflink-call-limits-');
  backend = startTestBackend(dataDir);
  server = await startHostServer({ handlers: backend.handlers, rendererDir: dataDir, token: TOKEN, port: 0 });
});
afterAll(async () => {
  await server?.close();
  await backend?.close();
  removeTempDir(dataDir);
});

function post(method: string, body: string, contentType = 'application/json'): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${server.port}`, 'content-type': contentType, 'x-brieflink-token': TOKEN };
    const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${method}`, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A note body whose one paragraph holds a paragraph, and so on, `depth` deep. */
function nestedBody(depth: number): unknown {
  let node: unknown = { type: 'text', text: 'deep' };
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', children: [node] };
  return { root: { type: 'root', children: [node] } };
}

describe('a body nested 1,000 deep', () => {
  it('is refused by the depth limit with a clear message, not a stack overflow, and the host goes on answering', async () => {
    const { id, metadata } = await backend.handlers['notes.create']({ templateId: 'decision-note' });
    const reply = await post('notes.save', JSON.stringify({ id, metadata, body: nestedBody(1000) }));
    expect(reply.status).toBe(400);
    expect(reply.json.error).toEqual({
      code: 'BAD_ARGUMENTS',
      message: `The call to notes.save had bad arguments: they nest more than ${MAX_ARGS_DEPTH} levels deep, the limit for any call.`,
    });
    expect((await post('notes.list', '{}')).json.ok).toBe(true);
  });

  it('leaves a body nested as deep as real notes go to the schema', async () => {
    const { id, metadata } = await backend.handlers['notes.create']({ templateId: 'decision-note' });
    const result = await callMethod(backend.handlers, 'notes.save', { id, metadata, body: nestedBody(40) } as never);
    expect(result.ok ? '' : result.error.message).not.toMatch(/levels deep/);
  });
});

describe('the host\'s JSON media type', () => {
  it('is application/json itself, with or without parameters; application/jsonfoo is refused', async () => {
    expect((await post('notes.list', '{}', 'application/jsonfoo')).json.error).toEqual({ code: 'BAD_ARGUMENTS', message: 'Calls must send JSON.' });
    expect((await post('notes.list', '{}', 'application/json-patch+json')).status).toBe(400);
    expect((await post('notes.list', '{}', 'application/json; charset=utf-8')).json.ok).toBe(true);
    expect((await post('notes.list', '{}', 'Application/JSON')).json.ok).toBe(true);
  });
});

describe('a development\'s link', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://files.example.org/a', 'data:text/html,<b>x</b>', 'not a url'])(
    'refuses %s with a clear message, saving nothing',
    async (url) => {
      const count = async () => {
        const found = await callMethod(backend.handlers, 'library.search', { query: '', limit: 200 });
        return found.ok ? found.value.length : -1;
      };
      const before = await count();
      const result = await callMethod(backend.handlers, 'library.create', { fields: developmentFields({ title: 'Linked', url }) } as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain("a development's link must be a web address starting with http:// or https://");
      expect(await count()).toBe(before);
    },
  );

  it('keeps a web address, or none, and drops a user name and password written into it', async () => {
    const saved = await callMethod(backend.handlers, 'library.create', { fields: developmentFields({ title: 'With credentials', url: 'http://user:pw@example.org/a?b=1#c' }) } as never);
    expect(saved.ok && saved.value.url).toBe('http://example.org/a?b=1#c');
    const none = await callMethod(backend.handlers, 'library.create', { fields: developmentFields({ title: 'Without link', url: null }) } as never);
    expect(none.ok && none.value.url).toBeNull();
  });
});

describe('links in exports', () => {
  it('lose a user name and password written into them, in citations and in the body', () => {
    expect(sourceLinkUrl('https://user:secret@example.org/report')).toBe('https://example.org/report');
    expect(safeLinkUrl('http://admin:hunter2@intranet.example/page')).toBe('http://intranet.example/page');
    expect(safeLinkUrl('https://example.org/plain')).toBe('https://example.org/plain');
    expect(withoutCredentials('mailto:someone@example.org')).toBe('mailto:someone@example.org');
  });
});
