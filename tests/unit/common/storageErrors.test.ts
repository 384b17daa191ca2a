import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../common/dispatch';
import { toFailure } from '../../../common/result';
import { describeStorageFailure, storageProblemOf, writeActionOf } from '../../../common/storageErrors';
import { sweepTempFiles, writeFileAtomic, type AtomicWriteIo } from '../../../electron/services/atomicWrite';
import { makeTempDir, removeTempDir } from '../../support/backendFixture';

/** An error as Node or better-sqlite3 throws it: a message and a code. */
function coded(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

describe('storage errors: one wording for every write', () => {
  it('names each errno and SQLite code the disk or the library answers with', () => {
    const cases: [string, string][] = [
      ['ENOSPC', 'the disk is full'],
      ['SQLITE_FULL', 'the disk is full'],
      ['EROFS', 'the folder is read-only'],
      ['SQLITE_READONLY', 'the folder is read-only'],
      ['SQLITE_READONLY_DBMOVED', 'the folder is read-only'],
      ['EACCES', 'permission denied'],
      ['EPERM', 'permission denied'],
      ['EMFILE', 'too many files are open at once'],
      ['ENFILE', 'too many files are open at once'],
      ['ENOENT', 'the folder does not exist'],
      ['SQLITE_CORRUPT', 'the library file is damaged'],
      ['SQLITE_NOTADB', 'the library file is damaged'],
      ['SQLITE_IOERR_WRITE', 'read or write error'],
    ];
    for (const [code, reason] of cases) {
      const failure = toFailure(coded(code), 'notes.save');
      expect(failure.ok, code).toBe(false);
      if (failure.ok) continue;
      expect(failure.error.code, code).toBe('STORAGE_FAILED');
      expect(failure.error.message, code).toContain(reason);
      expect(failure.error.message, code).toMatch(/^The note was not saved: .*\. Your text is still in this window/);
    }
  });

  it('says the note was not saved and the text is safe, in the words the issue asks for', () => {
    expect(describeStorageFailure('full', writeActionOf('notes.save'))).toBe(
      'The note was not saved: the disk is full. Your text is still in this window and Brieflink keeps trying to save it.',
    );
    expect(describeStorageFailure('read-only', writeActionOf('library.update'))).toBe(
      'The library entry was not saved: the folder is read-only. Your text is still in the form.',
    );
  });

  it('leaves other errors alone: no code, or a code that is not about storage, stays INTERNAL with no internals shown', () => {
    expect(storageProblemOf(new Error('boom'))).toBeNull();
    expect(storageProblemOf(coded('ERR_INVALID_ARG_TYPE'))).toBeNull();
    expect(storageProblemOf(null)).toBeNull();
    const failure = toFailure(coded('ERR_SOMETHING'), 'notes.save');
    expect(failure).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('Something went wrong') } });
  });

  it('reaches the window through the dispatcher both hosts use, with the method it was called for', async () => {
    const handlers = { 'settings.update': async () => Promise.reject(coded('EROFS')) } as never;
    const result = await dispatch(handlers, 'settings.update', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'STORAGE_FAILED', message: 'The settings were not saved: the folder is read-only. The settings in use are unchanged.' },
    });
  });
});

describe('writeFileAtomic through a file-system port that fails', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('brieflink-atomic-fail-');
  });
  afterEach(() => removeTempDir(dir));

  /** node:fs with one call failing with `code`. */
  function failing(call: keyof AtomicWriteIo, code: string): AtomicWriteIo {
    return { ...fs, [call]: () => { throw coded(code); } } as AtomicWriteIo;
  }

  for (const [call, code] of [
    ['writeSync', 'ENOSPC'],
    ['writeSync', 'EDQUOT'],
    ['fsyncSync', 'EIO'],
    ['closeSync', 'ENOSPC'],
    ['renameSync', 'EACCES'],
    ['renameSync', 'EPERM'],
  ] as const) {
    it(`removes its temporary file when ${call} fails with ${code}, keeps the old file and passes the error on`, () => {
      const target = path.join(dir, 'note.json');
      fs.writeFileSync(target, 'old');
      expect(() => writeFileAtomic(target, 'new', failing(call, code))).toThrow(expect.objectContaining({ code }));
      expect(fs.readdirSync(dir)).toEqual(['note.json']);
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
    });
  }

  it('passes an open that fails (EMFILE, EROFS) on without leaving anything', () => {
    for (const code of ['EMFILE', 'EROFS']) {
      expect(() => writeFileAtomic(path.join(dir, 'a.json'), 'x', failing('openSync', code))).toThrow(expect.objectContaining({ code }));
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports the write failure, not the clean-up failure, when removing the temporary file fails too', () => {
    const io = { ...failing('writeSync', 'ENOSPC'), rmSync: () => { throw coded('EROFS'); } } as AtomicWriteIo;
    expect(() => writeFileAtomic(path.join(dir, 'a.json'), 'x', io)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
  });
});

describe('the start-up sweep of temporary files', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('brieflink-sweep-');
  });
  afterEach(() => removeTempDir(dir));

  it('removes the temporary files a killed write left, older than the grace period, and nothing else', () => {
    const old = path.join(dir, '.note.json.0123456789ab.tmp');
    const fresh = path.join(dir, '.other.json.ba9876543210.tmp');
    const notOurs = path.join(dir, 'draft.tmp');
    for (const file of [old, fresh, notOurs, path.join(dir, 'a.note.json')]) fs.writeFileSync(file, 'x');
    const now = Date.now();
    fs.utimesSync(old, new Date(now - 60_000), new Date(now - 60_000));
    expect(sweepTempFiles([dir, path.join(dir, 'missing')], 10_000, now)).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['.other.json.ba9876543210.tmp', 'a.note.json', 'draft.tmp']);
  });
});

describe('start-up', () => {
  it('sweeps the temporary files an interrupted save left in the notes and snapshot folders', async () => {
    const { startTestBackend } = await import('../../support/backendFixture');
    const dataDir = makeTempDir('brieflink-startup-sweep-');
    try {
      const first = startTestBackend(dataDir);
      await first.close();
      const leftovers = [
        path.join(dataDir, 'notes', '.abc.note.json.0123456789ab.tmp'),
        path.join(dataDir, 'snapshots', 'abc', '.x.note.json.0123456789ab.tmp'),
      ];
      const old = new Date(Date.now() - 60_000);
      for (const file of leftovers) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, 'half a note');
        fs.utimesSync(file, old, old);
      }
      const log: string[] = [];
      const second = startTestBackend(dataDir, (message) => log.push(message));
      await second.close();
      for (const file of leftovers) expect(fs.existsSync(file), file).toBe(false);
      expect(log).toContain('Removed 2 temporary file(s) left by an interrupted save.');
    } finally {
      removeTempDir(dataDir);
    }
  });
});
