import fs from 'node:fs';
import Database from 'better-sqlite3';
import { refuseNewerSchema, SCHEMA_VERSION } from './migrations';

/** Byte offsets of the file format's read and write versions: 2 in both means WAL mode. */
const WRITE_VERSION_OFFSET = 18;
const READ_VERSION_OFFSET = 19;
const LEGACY_JOURNAL = 1;

/**
 * Opens library.db for reading only. SQLite opens a WAL-mode database read-only only if it
 * can create its shared-memory file beside it, which a read-only folder forbids (and
 * better-sqlite3 offers no `immutable` URI). So when the plain read-only open fails, the
 * file is read into memory, marked as a rollback-journal database in that copy only, and
 * opened from there, read-only. The file on disk is never written.
 */
export function openReadOnlyDatabase(file: string, binding: Database.Options): Database.Database {
  try {
    const db = new Database(file, { ...binding, readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CANTOPEN') throw error;
  }
  const bytes = fs.readFileSync(file);
  if (bytes.length > READ_VERSION_OFFSET) {
    bytes[WRITE_VERSION_OFFSET] = LEGACY_JOURNAL;
    bytes[READ_VERSION_OFFSET] = LEGACY_JOURNAL;
  }
  return new Database(bytes, { ...binding, readonly: true });
}

/** A read-only library cannot be migrated: an older one is refused with the reason. */
export function requireCurrentSchema(version: number): void {
  refuseNewerSchema(version);
  if (version < SCHEMA_VERSION) {
    throw new Error('library.db needs an update this version makes when it opens, and the workspace is read-only.');
  }
}
