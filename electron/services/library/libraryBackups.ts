import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { LIBRARY_BACKUP_REASONS, LIBRARY_BACKUPS_KEPT, type LibraryBackup } from '../../../common/libraryHealth';
import { fileStamp } from '../atomicWrite';

export type LibraryBackupReason = LibraryBackup['reason'];

/** A daily backup is taken when the newest is older than this, checked at start and hourly while in use. */
export const DAILY_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

const BACKUP_NAME = /^(library-(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z--([a-z-]+))\.db$/;

/** Newest first. */
export function listLibraryBackups(dir: string): LibraryBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const match = BACKUP_NAME.exec(name);
      const reason = LIBRARY_BACKUP_REASONS.find((known) => known === match?.[6]);
      if (!match || !reason) return [];
      return [{ id: match[1], takenAt: `${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`, reason }];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

export function libraryBackupFile(dir: string, id: string): string {
  return path.join(dir, `${id}.db`);
}

function prune(dir: string): void {
  for (const old of listLibraryBackups(dir).slice(LIBRARY_BACKUPS_KEPT)) fs.rmSync(libraryBackupFile(dir, old.id), { force: true });
}

/** Where a new backup goes: written under a temporary name, renamed when complete (a cut-short copy never looks like a backup). */
function destination(dir: string, reason: LibraryBackupReason, now: Date): { temp: string; file: string } {
  fs.mkdirSync(dir, { recursive: true });
  const file = libraryBackupFile(dir, `library-${fileStamp(now)}--${reason}`);
  return { temp: `${file}.partial`, file };
}

/**
 * A consistent copy made inside the caller's thread, for the moment before a migration
 * (the library is opening, nothing else uses it yet): SQLite's VACUUM INTO writes a
 * complete, compacted database from one read transaction.
 */
export function backupLibraryNow(db: Database.Database, dir: string, reason: LibraryBackupReason, now = new Date()): string {
  const { temp, file } = destination(dir, reason, now);
  fs.rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  prune(dir);
  return file;
}

/**
 * A copy taken while the library is in use, with SQLite's online backup: pages are copied
 * a batch at a time between other work, and writes made meanwhile are picked up.
 */
export async function backupLibraryOnline(db: { backup(file: string): Promise<unknown> }, dir: string, reason: LibraryBackupReason, now = new Date()): Promise<string> {
  const { temp, file } = destination(dir, reason, now);
  try {
    await db.backup(temp);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  prune(dir);
  return file;
}

export function isDailyBackupDue(dir: string, now = new Date()): boolean {
  const newest = listLibraryBackups(dir)[0];
  return !newest || now.getTime() - Date.parse(newest.takenAt) >= DAILY_BACKUP_INTERVAL_MS;
}
