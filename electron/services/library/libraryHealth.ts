import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { storageProblemOf } from '../../../common/storageErrors';
import { fileStamp } from '../atomicWrite';

/**
 * Why library.db cannot be trusted, or null when SQLite's quick check passes. A file that
 * is not there is no problem here (a first run creates it).
 */
export function libraryFileProblem(file: string, binding: Database.Options = {}): string | null {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return null;
  }
  if (size === 0) return 'the file is empty (0 bytes)';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { ...binding, readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const first = rows[0]?.quick_check ?? 'no answer';
    return first === 'ok' ? null : `SQLite's check found damage (${first.slice(0, 200)}${rows.length > 1 ? `, and ${rows.length - 1} more` : ''})`;
  } catch (error) {
    // A folder that cannot be read or written is not damage; the caller opens read-only or reports it.
    const problem = storageProblemOf(error);
    if (problem === 'damaged') return (error as { code?: string }).code === 'SQLITE_NOTADB' ? 'it is not a library file' : 'the file is damaged';
    return null;
  } finally {
    db?.close();
  }
}

/**
 * Moves a library file that cannot be trusted out of the way, with its WAL and shared-memory
 * files: renamed beside it as `library-damaged-<time>.db`, never deleted. Returns the new name.
 */
export function setLibraryAside(file: string, label: 'damaged' | 'replaced', now = new Date()): string {
  const name = `library-${label}-${fileStamp(now)}.db`;
  const target = path.join(path.dirname(file), name);
  for (const suffix of ['-wal', '-shm', '']) {
    if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${target}${suffix}`);
  }
  return name;
}
