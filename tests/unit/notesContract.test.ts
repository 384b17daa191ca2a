import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../common/dispatch';
import type { Result } from '../../common/result';
import type { Backend } from '../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../support/backendFixture';

function failureOf(result: Result<unknown>): { code: string; message: string } {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

describe('the notes and templates methods refuse what they should', () => {
  let dataDir: string;
  let backend: Backend;

  beforeEach(() => {
    dataDir = makeTempDir('brieflink-notes-contract-');
    backend = startTestBackend(dataDir);
  });
  afterEach(async () => {
    await backend.close();
    removeTempDir(dataDir);
  });

  const call = (method: string, args: unknown) => dispatch(backend.handlers, method, args);

  it.each([
    ['notes.history.preview', { noteId: 'abc', snapshotId: '../../settings' }],
    ['notes.history.restore', { noteId: 'abc', snapshotId: '2026-01-01T00-00-00-000Z--export/../x' }],
    ['notes.trash.restore', { trashId: '../notes/abc.2026-01-01T00-00-00-000Z' }],
    ['notes.rename', { id: 'abc', title: '   ' }],
    ['templates.export', { id: '../settings' }],
    ['templates.import', { fileName: 'x.json', contents: 'x'.repeat(1024 * 1024 + 1) }],
    ['templates.update', { template: 'not an object' }],
  ])('%s refuses bad arguments before any service runs', async (method, args) => {
    expect(failureOf(await call(method, args)).code).toBe('BAD_ARGUMENTS');
  });

  it('refuses to save a body holding a node type the editor does not know, and keeps the note as it was', async () => {
    const created = (await call('notes.create', { templateId: 'decision-note' })) as { ok: true; value: { id: string } };
    const file = path.join(dataDir, 'notes', `${created.value.id}.note.json`);
    const before = fs.readFileSync(file, 'utf8');
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'script', text: 'x' }] }] } };
    const failure = failureOf(await call('notes.save', { id: created.value.id, metadata: {}, body: JSON.stringify(body) }));
    expect(failure.code).toBe('BAD_ARGUMENTS');
    expect(failure.message).toContain('node of type "script"');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses to change or delete a built-in template, and names the field of an invalid edit', async () => {
    const builtIn = (await call('templates.get', { id: 'decision-note' })) as { ok: true; value: Record<string, unknown> };
    expect(failureOf(await call('templates.update', { template: builtIn.value })).message).toContain('built in');
    expect(failureOf(await call('templates.delete', { id: 'decision-note' })).message).toContain('built in');

    const copy = (await call('templates.duplicate', { id: 'decision-note' })) as { ok: true; value: { id: string } };
    const invalid = { ...builtIn.value, id: copy.value.id, pageLimit: -2 };
    const failure = failureOf(await call('templates.update', { template: invalid }));
    expect(failure.code).toBe('TEMPLATE_INVALID');
    expect(failure.message).toMatch(/^pageLimit: /m);
    expect(fs.readdirSync(path.join(dataDir, 'templates'))).toEqual([`${copy.value.id}.json`]);
  });

  it('numbers each saved edit of a user template as its next version, and refuses an edit made on another version', async () => {
    const copy = (await call('templates.duplicate', { id: 'decision-note' })) as { ok: true; value: { id: string } };
    const first = (await call('templates.get', { id: copy.value.id })) as { ok: true; value: Record<string, unknown> };
    expect(first.value.version).toBe(1);
    expect((await call('templates.update', { template: { ...first.value, version: 1, name: 'Edited on 1' } })).ok).toBe(true);
    // Made on version 1 (another window's form) after version 2 was saved, or on a version that never was.
    for (const stale of [1, 99]) {
      const refused = failureOf(await call('templates.update', { template: { ...first.value, version: stale, name: `Stale ${stale}` } }));
      expect(refused.code).toBe('REVISION_CONFLICT');
      expect(refused.message).toContain('Nothing was overwritten');
    }
    expect((await call('templates.update', { template: { ...first.value, version: 2, name: 'Edited on 2' } })).ok).toBe(true);
    const edited = (await call('templates.get', { id: copy.value.id })) as { ok: true; value: Record<string, unknown> };
    expect(edited.value).toMatchObject({ version: 3, name: 'Edited on 2' });
  });

  it('does not recover a note from a newer version, and leaves its file alone', async () => {
    const file = path.join(dataDir, 'notes', 'future.note.json');
    const text = JSON.stringify({ format: 'brieflink-note', formatVersion: 5, id: 'future' });
    fs.writeFileSync(file, text);
    expect(failureOf(await call('notes.recover', { noteId: 'future' })).code).toBe('NOTE_FROM_NEWER_VERSION');
    expect(failureOf(await call('notes.rename', { id: 'future', title: 'x', baseRevision: 0 })).code).toBe('NOTE_FROM_NEWER_VERSION');
    expect(failureOf(await call('notes.duplicate', { id: 'future' })).code).toBe('NOTE_FROM_NEWER_VERSION');
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });
});
