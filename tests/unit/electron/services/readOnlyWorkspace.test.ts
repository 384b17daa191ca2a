import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../common/dispatch';
import type { FileOutcome } from '../../../../common/contract';
import type { Development, SearchHit } from '../../../../common/development';
import type { WorkspaceStatus } from '../../../../common/libraryHealth';
import type { Note, NoteSummary } from '../../../../common/note';
import type { Result } from '../../../../common/result';
import type { Backend } from '../../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../support/backendFixture';
import { developmentFields } from '../../../support/developmentFields';
import { mountReadOnlyView, type Mounted } from '../../../support/mounts';

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/**
 * A workspace on a read-only mount. Root (as tests run here and in CI) ignores file
 * permissions, so a chmod'ed folder would still be writable: a read-only bind mount of a
 * real workspace gives the real EROFS. Skipped, with the reason, where mounting is not allowed.
 * The workspace is made through its own (writable) path; the mount shows the same files.
 */
const source = makeTempDir('brieflink-read-only-source-');
const mounted: Mounted = mountReadOnlyView(source);
const skipped = 'skipped' in mounted ? mounted.skipped : undefined;
if (skipped) console.warn(`readOnlyWorkspace.test.ts skipped: ${skipped}`);

/** Every file under `dir` with its size and modification time. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const stat = fs.statSync(path.join(dir, name));
    return `${name} ${stat.size} ${stat.mtimeMs}`;
  });
}

describe.skipIf(skipped !== undefined)('a read-only workspace', () => {
  let backend: Backend;
  let note: Note;
  let development: Development;
  let before: string[];
  const log: string[] = [];
  beforeAll(async () => {
    const writable = startTestBackend(source);
    note = valueOf<Note>(await dispatch(writable.handlers, 'notes.create', { templateId: 'decision-note' }));
    development = valueOf<Development>(await dispatch(writable.handlers, 'library.create', { fields: developmentFields({ title: 'Readable when read-only' }) }));
    await writable.close();
    // A damaged settings file too: on a read-only disk it can be neither copied nor replaced.
    fs.writeFileSync(path.join(source, 'settings.json'), '{"author": ');
    before = listing(source);
    backend = startTestBackend((mounted as { dir: string }).dir, (line) => log.push(line));
  });
  afterAll(async () => {
    await backend?.close();
    if (!('skipped' in mounted)) mounted.unmount();
    removeTempDir(source);
  });

  it('opens, and says why nothing can be saved', async () => {
    const status = valueOf<WorkspaceStatus>(await dispatch(backend.handlers, 'workspace.status', {}));
    expect(status.readOnly).toBe('the folder is read-only');
    expect(status.library.problem).toBeNull();
    const settings = valueOf<{ notice: { message: string } | null }>(await dispatch(backend.handlers, 'settings.get', {}));
    expect(settings.notice?.message).toBe(
      'Your settings file could not be read (it is not valid JSON), so default settings are in use. The old file was left as it is (no copy could be made: the folder is read-only).',
    );
  });

  it('reads notes and the library (opened read-only from a WAL-mode file in a folder SQLite cannot write)', async () => {
    expect(valueOf<NoteSummary[]>(await dispatch(backend.handlers, 'notes.list', {})).map((summary) => summary.id)).toEqual([note.id]);
    expect(valueOf<Note>(await dispatch(backend.handlers, 'notes.open', { id: note.id })).id).toBe(note.id);
    expect(valueOf<Development>(await dispatch(backend.handlers, 'library.get', { id: development.id })).title).toBe('Readable when read-only');
    const hits = valueOf<SearchHit[]>(await dispatch(backend.handlers, 'library.search', { query: 'readable' }));
    expect(hits.map((hit) => hit.id)).toContain(development.id);
  });

  it('refuses every write with the reason and what is safe', async () => {
    expect(await dispatch(backend.handlers, 'notes.save', { id: note.id, metadata: note.metadata, body: note.body, baseRevision: note.revision })).toEqual({
      ok: false,
      error: { code: 'STORAGE_FAILED', message: 'The note was not saved: the folder is read-only. Your text is still in this window and Brieflink keeps trying to save it.' },
    });
    expect(await dispatch(backend.handlers, 'library.create', { fields: developmentFields() })).toEqual({
      ok: false,
      error: { code: 'STORAGE_FAILED', message: 'The library entry was not saved: the folder is read-only. Your text is still in the form.' },
    });
    expect(await dispatch(backend.handlers, 'settings.update', { author: { name: 'Someone' } })).toMatchObject({
      ok: false,
      error: { code: 'STORAGE_FAILED', message: expect.stringMatching(/^The settings were not saved: the folder is read-only\./) },
    });
  });

  it('still exports: the snapshot before the export is skipped with a note, the file delivered as a download', async () => {
    for (const method of ['export.pdf', 'export.docx'] as const) {
      const outcome = valueOf<FileOutcome>(await dispatch(backend.handlers, method, { noteId: note.id }));
      expect(outcome).toMatchObject({ delivery: 'download', notice: 'No history snapshot was kept before this (the folder is read-only).' });
    }
  });

  it('wrote nothing into the workspace', () => {
    expect(listing(source)).toEqual(before);
    expect(log.some((line) => line.startsWith('The workspace is read-only (the folder is read-only)'))).toBe(true);
  });
});
