import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../common/dispatch';
import type { Development } from '../../../../../common/development';
import { LIBRARY_BACKUPS_KEPT, type WorkspaceStatus } from '../../../../../common/libraryHealth';
import type { Result } from '../../../../../common/result';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { backupLibraryNow, listLibraryBackups } from '../../../../../electron/services/library/libraryBackups';
import { backupsDirOf, openLibraryState } from '../../../../../electron/services/library/libraryState';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../../electron/services/library/migrations';
import { createNoteService } from '../../../../../electron/services/notes/noteService';
import { openWorkspace } from '../../../../../electron/services/workspace';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { developmentFields } from '../../../../support/developmentFields';

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('a damaged or empty library', () => {
  let dataDir: string;
  let backend: Backend | undefined;
  beforeEach(() => {
    dataDir = makeTempDir('brieflink-library-repair-');
  });
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
    removeTempDir(dataDir);
  });

  const files = () => fs.readdirSync(dataDir).filter((name) => name.startsWith('library')).sort();

  it('sets a 0-byte library.db aside, never re-seeds it silently, and says so; "start empty" rebuilds the notes index', async () => {
    const first = startTestBackend(dataDir);
    const note = valueOf<{ id: string }>(await dispatch(first.handlers, 'notes.create', { templateId: 'decision-note' }));
    await first.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, `library.db${suffix}`), { force: true });
    fs.writeFileSync(path.join(dataDir, 'library.db'), '');

    const log: string[] = [];
    backend = startTestBackend(dataDir, (message) => log.push(message));
    const aside = files().find((name) => name.startsWith('library-damaged-'));
    expect(aside, files().join(', ')).toBeDefined();
    expect(fs.statSync(path.join(dataDir, aside!)).size).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'library.db'))).toBe(false);

    const status = valueOf<WorkspaceStatus>(await dispatch(backend.handlers, 'workspace.status', {}));
    expect(status.readOnly).toBeNull();
    expect(status.library.problem).toBe(
      `The library could not be opened: the file is empty (0 bytes); it was set aside as ${aside} (nothing was deleted). No backup is available: start an empty library and rebuild the notes index from your notes.`,
    );
    const search = await dispatch(backend.handlers, 'library.search', { query: 'trade' });
    expect(search).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNAVAILABLE', message: expect.stringContaining('the file is empty (0 bytes)') } });
    // Notes are untouched and still open.
    expect((await dispatch(backend.handlers, 'notes.open', { id: note.id })).ok).toBe(true);

    const repaired = valueOf<WorkspaceStatus>(await dispatch(backend.handlers, 'library.repair', { action: 'start-empty' }));
    expect(repaired.library.problem).toBeNull();
    expect(valueOf<unknown[]>(await dispatch(backend.handlers, 'library.search', { query: '' }))).toEqual([]);
    // The notes index is rebuilt from the note files: backlinks answer again.
    expect(valueOf<unknown[]>(await dispatch(backend.handlers, 'library.backlinks', { developmentId: 'anything' }))).toEqual([]);
    expect(log.some((line) => line.includes('Backlinks index: 1 note(s) indexed'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, aside!))).toBe(true);
  });

  it('sets aside a library SQLite finds damaged and restores the latest good backup on request', async () => {
    const first = startTestBackend(dataDir);
    const kept = valueOf<Development>(await dispatch(first.handlers, 'library.create', { fields: developmentFields({ title: 'Kept in the backup' }) }));
    await first.close();
    // A backup as the daily one would be (the library closed here, so the copy is taken directly).
    const db = new Database(path.join(dataDir, 'library.db'));
    backupLibraryNow(db, backupsDirOf(openWorkspace(dataDir)), 'daily');
    db.pragma('journal_mode = DELETE');
    db.close();
    // Damage a page in the middle of the file.
    const file = path.join(dataDir, 'library.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);

    backend = startTestBackend(dataDir);
    const status = valueOf<WorkspaceStatus>(await dispatch(backend.handlers, 'workspace.status', {}));
    expect(status.library.problem).toMatch(/^The library could not be opened: (SQLite's check found damage|the file is damaged|it is not a library file)/);
    expect(status.library.problem).toContain('Restore the latest good backup, or start an empty library');
    expect(status.library.backups).toHaveLength(1);
    expect(files().some((name) => name.startsWith('library-damaged-'))).toBe(true);

    const repaired = valueOf<WorkspaceStatus>(await dispatch(backend.handlers, 'library.repair', { action: 'restore-backup', backupId: status.library.backups[0].id }));
    expect(repaired.library.problem).toBeNull();
    expect(valueOf<Development>(await dispatch(backend.handlers, 'library.get', { id: kept.id })).title).toBe('Kept in the backup');
  });

  it('refuses a backup id that is not one, and one that is gone, without touching the library', async () => {
    backend = startTestBackend(dataDir);
    expect(await dispatch(backend.handlers, 'library.repair', { action: 'restore-backup', backupId: '../library' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(
      await dispatch(backend.handlers, 'library.repair', { action: 'restore-backup', backupId: 'library-2026-01-01T00-00-00-000Z--daily' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(valueOf<unknown[]>(await dispatch(backend.handlers, 'library.search', { query: '' })).length).toBeGreaterThan(0);
  });
});

describe('library backups', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeTempDir('brieflink-library-backups-');
  });
  afterEach(() => removeTempDir(dataDir));

  it('copies the library before a migration changes it, whatever the migration', () => {
    const workspace = openWorkspace(dataDir);
    const db = new Database(workspace.libraryFile);
    for (const migration of MIGRATIONS.slice(0, SCHEMA_VERSION - 1)) migration(db);
    db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    db.close();

    const log: string[] = [];
    const state = openLibraryState({ workspace, noteFiles: createNoteService(workspace), readOnly: null, log: (line) => log.push(line) });
    try {
      expect(state.library).not.toBeInstanceOf(Error);
      const backups = listLibraryBackups(backupsDirOf(workspace));
      expect(backups.map((backup) => backup.reason)).toEqual(['before-migration']);
      const copy = new Database(path.join(backupsDirOf(workspace), `${backups[0].id}.db`), { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION - 1);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      expect(log.some((line) => line.startsWith('Library backed up before its update: library-'))).toBe(true);
    } finally {
      state.close();
    }
  });

  it(`takes the daily copy with SQLite's online backup while the library is open, and keeps the newest ${LIBRARY_BACKUPS_KEPT}`, async () => {
    const workspace = openWorkspace(dataDir);
    const dir = backupsDirOf(workspace);
    openLibraryState({ workspace, noteFiles: createNoteService(workspace), readOnly: null, log: () => {} }).close();
    fs.mkdirSync(dir, { recursive: true });
    for (let day = 1; day <= LIBRARY_BACKUPS_KEPT + 2; day++) fs.writeFileSync(path.join(dir, `library-2020-01-0${day}T00-00-00-000Z--daily.db`), 'old');
    const state = openLibraryState({ workspace, noteFiles: createNoteService(workspace), readOnly: null, log: () => {} });
    try {
      await state.backUpIfDue();
      const backups = listLibraryBackups(dir);
      expect(backups).toHaveLength(LIBRARY_BACKUPS_KEPT);
      const copy = new Database(path.join(dir, `${backups[0].id}.db`), { readonly: true });
      expect((copy.prepare('SELECT count(*) AS n FROM developments').get() as { n: number }).n).toBeGreaterThan(0);
      copy.close();
      await state.backUpIfDue();
      expect(listLibraryBackups(dir)[0].id).toBe(backups[0].id);
    } finally {
      state.close();
    }
  });
});
