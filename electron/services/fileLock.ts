import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../common/result';

/**
 * How long a writer waits for another process's lock. A lock is held only while one note
 * file is read, checked and written (milliseconds); waiting longer means the holder hangs.
 */
const LOCK_WAIT_MS = 3000;
/** A lock older than this is taken as left behind, even when its process id is in use again. */
const STALE_LOCK_MS = 30_000;
const RETRY_MS = 5;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** The services are synchronous; a short blocking wait keeps each read-check-write in one piece. */
function pause(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** `notes/.<id>.note.json.lock` beside the file it guards (hidden, so no listing picks it up). */
export function lockFileOf(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.lock`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lock: string): { owner: string; pid: number; ageMs: number } | null {
  try {
    const owner = fs.readFileSync(lock, 'utf8');
    return { owner, pid: Number.parseInt(owner, 10), ageMs: Date.now() - fs.statSync(lock).mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * A lock is left behind when its process is gone (killed while writing), is this very
 * process (its writes never overlap, so the lock is from an earlier run with the same id),
 * or is older than any write takes.
 */
function isStale(lock: { pid: number; ageMs: number }): boolean {
  if (!Number.isInteger(lock.pid) || lock.pid <= 0) return lock.ageMs > STALE_LOCK_MS;
  return lock.pid === process.pid || !isAlive(lock.pid) || lock.ageMs > STALE_LOCK_MS;
}

/**
 * Removes a left-behind lock. It is first renamed to a name of its own, so two processes
 * breaking it at once cannot remove a fresh lock the other has just taken; one moved by
 * mistake is put back (a hard link fails if a newer lock exists meanwhile).
 */
function breakStale(lock: string, seen: string): void {
  const aside = `${lock}.${crypto.randomBytes(6).toString('hex')}.stale`;
  try {
    fs.renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    if (fs.readFileSync(aside, 'utf8') !== seen) fs.linkSync(aside, lock);
  } catch {
    // Another lock was taken meanwhile: that one stands.
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/**
 * Creates the lock file holding `owner`, or answers false when another lock is there. A lock
 * created but not written (a full disk fails the write, not the create) is removed again, or
 * it would read as nobody's and block every save of the note until it went stale.
 */
function takeLock(lock: string, owner: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeFileSync(fd, owner);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(lock, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return true;
}

/**
 * Runs `fn` holding an exclusive lock on `target` across processes: the desktop app and the
 * browser host may work on one workspace at once, and a revision check must not be split
 * from the write it guards. The lock is a file created with O_EXCL (`wx`), which every OS
 * and local file system makes atomic; it holds the owner's process id so a lock left by a
 * killed process is recognised and removed.
 */
export function withFileLock<T>(target: string, fn: () => T, busyMessage: string): T {
  const lock = lockFileOf(target);
  const owner = `${process.pid} ${crypto.randomBytes(8).toString('hex')}`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    if (takeLock(lock, owner)) break;
    const held = readLock(lock);
    if (held && isStale(held)) breakStale(lock, held.owner);
    else if (Date.now() > deadline) throw new AppError('NOTE_BUSY', busyMessage);
    else if (held) pause(RETRY_MS);
  }
  try {
    return fn();
  } finally {
    // Only our own lock is removed: one broken as stale meanwhile belongs to someone else now.
    if (readLock(lock)?.owner === owner) fs.rmSync(lock, { force: true });
  }
}
