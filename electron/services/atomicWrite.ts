import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The file-system calls an atomic write makes. Production passes node:fs; tests pass a port
 * that fails one call with an errno (ENOSPC, EROFS…) to check what each failure leaves.
 */
export type AtomicWriteIo = Pick<typeof fs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

/** `.note.json.1a2b3c4d5e6f.tmp`: hidden, beside its target, 12 hex digits of randomness. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of
 * one: write a temporary file beside it, flush it to disk, then rename over the target.
 * Whatever fails (open, write, flush, close, rename), the temporary file is removed before
 * the error goes on; only a killed process leaves one, for the start-up sweep.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, io: AtomicWriteIo = fs): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = io.openSync(temp, 'w', 0o600);
  try {
    try {
      io.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(temp, target);
  } catch (error) {
    // A full disk can refuse even this; the original error is the one worth reporting.
    try {
      io.rmSync(temp, { force: true });
    } catch {
      /* left for the start-up sweep */
    }
    throw error;
  }
}

/**
 * Removes temporary files that writeFileAtomic left in `dirs` (a killed process leaves one).
 * Files changed in the last `minAgeMs` are kept: another Brieflink on the same workspace
 * may be writing them right now. Returns how many were removed; a folder that cannot be
 * read or a file that cannot be removed is skipped (a read-only workspace).
 */
export function sweepTempFiles(dirs: readonly string[], minAgeMs: number, now = Date.now()): number {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMP_NAME.test(name)) continue;
      const file = path.join(dir, name);
      try {
        if (now - fs.statSync(file).mtimeMs < minAgeMs) continue;
        fs.rmSync(file);
        removed += 1;
      } catch {
        /* gone already, or not ours to remove */
      }
    }
  }
  return removed;
}

/** A timestamp safe in file names on every OS. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
