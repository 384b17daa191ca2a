import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, type Handlers } from '../../../common/contract';
import { dispatch } from '../../../common/dispatch';
import { editorState, headingNode, paragraphNode, textNode } from '../../../common/editorState';
import type { Note } from '../../../common/note';
import type { Result } from '../../../common/result';
import type { Backend } from '../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../support/backendFixture';

const GENERIC_INTERNAL = 'Something went wrong in Brieflink. Your work has not been changed.';

function expectFailure(result: Result<unknown>, code: string): string {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  return result.error.message;
}

function expectOk<T>(result: Result<unknown>): T {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  if (!result.ok) throw new Error('unreachable');
  return result.value as T;
}

describe('dispatch', () => {
  let dataDir: string;
  let backend: Backend;
  let handlers: Handlers;

  beforeEach(() => {
    dataDir = makeTempDir('brieflink-dispatch-');
    backend = startTestBackend(dataDir);
    handlers = backend.handlers;
  });
  afterEach(async () => {
    await backend.close();
    removeTempDir(dataDir);
  });

  it('has a handler for every method in the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(['nope', 'notes.remove', 'constructor', '__proto__', 'toString', 'notes.list ', ''])(
    'refuses the unknown method %j with UNKNOWN_METHOD',
    async (method) => {
      const message = expectFailure(await dispatch(handlers, method, {}), 'UNKNOWN_METHOD');
      expect(message).toBe(`Brieflink has no method called "${method}".`);
    },
  );

  it('truncates a very long unknown method name in the message', async () => {
    const message = expectFailure(await dispatch(handlers, 'x'.repeat(5000), {}), 'UNKNOWN_METHOD');
    expect(message.length).toBeLessThan(200);
  });

  it('refuses notes.open without an id, naming the method and the id field', async () => {
    const message = expectFailure(await dispatch(handlers, 'notes.open', {}), 'BAD_ARGUMENTS');
    expect(message).toContain('notes.open');
    expect(message).toMatch(/→ at id/);
  });

  it.each(['../x', '../../etc/passwd', 'UPPER', '-leading-hyphen', 'a/b', 'a\\b', '', 'x'.repeat(65), 'note.note.json'])(
    'refuses the note id %j as BAD_ARGUMENTS naming the id field',
    async (id) => {
      const message = expectFailure(await dispatch(handlers, 'notes.open', { id }), 'BAD_ARGUMENTS');
      expect(message).toContain('The call to notes.open had bad arguments');
      expect(message).toMatch(/→ at id/);
    },
  );

  it('refuses extra keys, naming the key', async () => {
    const message = expectFailure(await dispatch(handlers, 'notes.open', { id: 'abc', path: '/etc/passwd' }), 'BAD_ARGUMENTS');
    expect(message).toContain('notes.open');
    expect(message).toContain('"path"');
    const noArgs = expectFailure(await dispatch(handlers, 'app.info', { sneaky: true }), 'BAD_ARGUMENTS');
    expect(noArgs).toContain('app.info');
    expect(noArgs).toContain('"sneaky"');
  });

  it('refuses wrong types, naming the method and the field', async () => {
    const id = expectFailure(await dispatch(handlers, 'notes.open', { id: 42 }), 'BAD_ARGUMENTS');
    expect(id).toContain('notes.open');
    expect(id).toMatch(/expected string/);
    expect(id).toMatch(/→ at id/);

    const limit = expectFailure(await dispatch(handlers, 'library.search', { query: 'x', limit: 'ten' }), 'BAD_ARGUMENTS');
    expect(limit).toContain('library.search');
    expect(limit).toMatch(/→ at limit/);

    const paper = expectFailure(await dispatch(handlers, 'settings.update', { paper: 7 }), 'BAD_ARGUMENTS');
    expect(paper).toContain('settings.update');
    expect(paper).toMatch(/→ at paper/);

    const body = expectFailure(
      await dispatch(handlers, 'notes.save', { id: 'abc', metadata: { subject: 'x' }, body: { root: { type: 'paragraph', children: [] } } }),
      'BAD_ARGUMENTS',
    );
    expect(body).toContain('notes.save');
    expect(body).toMatch(/→ at body\.root\.type/);

    const metadataKey = expectFailure(
      await dispatch(handlers, 'notes.save', { id: 'abc', metadata: { 'Bad Key': 'x' }, body: editorState([]) }),
      'BAD_ARGUMENTS',
    );
    expect(metadataKey).toMatch(/metadata/);

    // The editor sends the body as JSON text: text that is not JSON is named as such, and
    // JSON that is not a note body is refused like a body object would be.
    const notJson = expectFailure(await dispatch(handlers, 'notes.save', { id: 'abc', metadata: { subject: 'x' }, body: '{"root": {' }), 'BAD_ARGUMENTS');
    expect(notJson).toMatch(/the note body is not valid JSON/);
    expect(notJson).toMatch(/→ at body/);
    const wrongShape = expectFailure(
      await dispatch(handlers, 'notes.save', { id: 'abc', metadata: { subject: 'x' }, body: JSON.stringify({ root: { type: 'paragraph', children: [] } }) }),
      'BAD_ARGUMENTS',
    );
    expect(wrongShape).toMatch(/→ at body\.root\.type/);
  });

  it('refuses null arguments for a method that needs arguments, saying an object is expected', async () => {
    const message = expectFailure(await dispatch(handlers, 'notes.open', null), 'BAD_ARGUMENTS');
    expect(message).toContain('notes.open');
    expect(message).toMatch(/expected object/i);
    expectFailure(await dispatch(handlers, 'notes.create', null), 'BAD_ARGUMENTS');
  });

  it('refuses arguments that are not an object', async () => {
    for (const args of ['id', 7, true, [], ['abc']]) {
      const message = expectFailure(await dispatch(handlers, 'notes.open', args), 'BAD_ARGUMENTS');
      expect(message, JSON.stringify(args)).toContain('notes.open');
    }
    expectFailure(await dispatch(handlers, 'app.info', []), 'BAD_ARGUMENTS');
  });

  it('refuses an over-long search query and an out-of-range limit', async () => {
    expectFailure(await dispatch(handlers, 'library.search', { query: 'x'.repeat(501) }), 'BAD_ARGUMENTS');
    expectFailure(await dispatch(handlers, 'library.search', { query: 'x', limit: 0 }), 'BAD_ARGUMENTS');
    expectFailure(await dispatch(handlers, 'library.search', { query: 'x', limit: 201 }), 'BAD_ARGUMENTS');
  });

  it('applies schema defaults before calling the handler (library.search limit defaults to 20)', async () => {
    const search = vi.fn(async () => []);
    const spied: Handlers = { ...handlers, 'library.search': search };
    expectOk(await dispatch(spied, 'library.search', { query: 'ai' }));
    expect(search).toHaveBeenCalledWith({ query: 'ai', limit: 20, filters: {}, sort: 'relevance', scope: 'everything' });
  });

  it('turns a plain Error from a handler into INTERNAL with a generic message, and reports it via onUnexpected', async () => {
    const secret = new Error('disk /home/ann/secret-path exploded: token=abc123');
    const broken: Handlers = { ...handlers, 'notes.list': async () => Promise.reject(secret) };
    const onUnexpected = vi.fn();
    const result = await dispatch(broken, 'notes.list', {}, onUnexpected);
    const message = expectFailure(result, 'INTERNAL');
    expect(message).toBe(GENERIC_INTERNAL);
    expect(JSON.stringify(result)).not.toContain('secret-path');
    expect(JSON.stringify(result)).not.toContain('abc123');
    expect(onUnexpected).toHaveBeenCalledTimes(1);
    expect(onUnexpected).toHaveBeenCalledWith('notes.list', secret);
  });

  it('names a real file-system failure (notes folder gone) in plain words without leaking the path', async () => {
    fs.rmSync(backend.workspace.notesDir, { recursive: true });
    const onUnexpected = vi.fn();
    const result = await dispatch(handlers, 'notes.list', {}, onUnexpected);
    expect(expectFailure(result, 'STORAGE_FAILED')).toBe('That did not work: the folder does not exist. Nothing was changed.');
    expect(JSON.stringify(result)).not.toContain(dataDir);
    expect(JSON.stringify(result)).not.toContain('ENOENT');
    expect(onUnexpected).toHaveBeenCalledTimes(1);
    expect((onUnexpected.mock.calls[0][1] as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('passes AppErrors through unchanged and does not call onUnexpected for them', async () => {
    const onUnexpected = vi.fn();
    const message = expectFailure(await dispatch(handlers, 'notes.open', { id: 'missing-note' }, onUnexpected), 'NOT_FOUND');
    expect(message).toBe('This note no longer exists.');
    expect(onUnexpected).not.toHaveBeenCalled();
  });

  it('does not call the handler when arguments are bad', async () => {
    const spy = vi.fn(async () => ({}));
    const spied: Handlers = { ...handlers, 'notes.delete': spy };
    expectFailure(await dispatch(spied, 'notes.delete', { id: '../../settings' }), 'BAD_ARGUMENTS');
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses notes.create with an unknown templateId as NOT_FOUND', async () => {
    const message = expectFailure(await dispatch(handlers, 'notes.create', { templateId: 'no-such-template' }), 'NOT_FOUND');
    expect(message).toBe('There is no template called "no-such-template".');
    expect(fs.readdirSync(backend.workspace.notesDir)).toEqual([]);
  });

  it('answers app.info with the host, version and data folder', async () => {
    expect(expectOk(await dispatch(handlers, 'app.info', {}))).toEqual({ version: '0.0.0-test', host: 'browser', dataDir });
    expect(expectOk(await dispatch(handlers, 'app.info', undefined))).toEqual({ version: '0.0.0-test', host: 'browser', dataDir });
  });

  it('round-trips a note: create, save and open through dispatch', async () => {
    expectOk(await dispatch(handlers, 'settings.update', { author: { name: 'Ada Analyst' } }));
    const created = expectOk<Note>(await dispatch(handlers, 'notes.create', { templateId: 'information-note' }));
    expect(created.template.id).toBe('information-note');
    expect(created.metadata.from).toBe('Ada Analyst');
    expect(created.metadata.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(created.revision).toBe(0);

    const metadata = { ...created.metadata, subject: 'Update on the pilot', to: 'Director' };
    const body = editorState([headingNode('h2', 'Purpose'), paragraphNode([textNode('To inform the Director.')])]);
    const saved = expectOk<{ revision: number; updatedAt: string }>(
      await dispatch(handlers, 'notes.save', { id: created.id, metadata, body, baseRevision: 0 }),
    );
    expect(saved.revision).toBe(1);
    // The same body sent as JSON text, as the editor sends it, saves the same.
    expect(expectOk<{ revision: number }>(await dispatch(handlers, 'notes.save', { id: created.id, metadata, body: JSON.stringify(body), baseRevision: 1 })).revision).toBe(2);

    const opened = expectOk<Note>(await dispatch(handlers, 'notes.open', { id: created.id }));
    expect(opened.metadata).toEqual(metadata);
    expect(opened.body).toEqual(body);
    expect(opened.revision).toBe(2);

    const list = expectOk<Array<{ id: string; title: string }>>(await dispatch(handlers, 'notes.list', {}));
    expect(list).toEqual([expect.objectContaining({ id: created.id, title: 'Update on the pilot', templateName: 'Information note' })]);

    expect(expectOk(await dispatch(handlers, 'notes.delete', { id: created.id }))).toEqual({});
    expectFailure(await dispatch(handlers, 'notes.open', { id: created.id }), 'NOT_FOUND');
  });

  it('persists settings.update and returns the merged settings', async () => {
    const updated = expectOk(await dispatch(handlers, 'settings.update', { paper: 'Letter', author: { organisation: 'PCO' } }));
    expect(updated).toEqual({ author: { name: '', initials: '', office: '', organisation: 'PCO' }, defaultLanguage: 'en-CA', defaultTemplateId: 'decision-note', paper: 'Letter', recentNoteIds: [] });
    expect(expectOk(await dispatch(handlers, 'settings.get', {}))).toEqual({ settings: updated, notice: null });
    expect(JSON.parse(fs.readFileSync(backend.workspace.settingsFile, 'utf8'))).toEqual(updated);
  });
});
