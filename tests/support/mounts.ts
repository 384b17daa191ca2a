import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './backendFixture';

/**
 * Real file systems that say no, for the tests of what the app tells the user then. Both
 * need `mount` (root, as in CI); where it fails the caller skips with the reason returned.
 */
export type Mounted = { dir: string; unmount(): void } | { skipped: string };

function mount(args: string[], dir: string, cleanup: () => void): Mounted {
  try {
    execFileSync('mount', [...args, dir], { stdio: 'pipe' });
  } catch (error) {
    cleanup();
    return { skipped: `mount ${args.join(' ')} failed (needs root and mount permission): ${String((error as { stderr?: unknown }).stderr ?? error).trim()}` };
  }
  return {
    dir,
    unmount() {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      cleanup();
    },
  };
}

/** A small RAM disk of `size` (e.g. '4m'): fill it to get a real ENOSPC and SQLITE_FULL. */
export function mountSmallDisk(size: string): Mounted {
  const dir = makeTempDir('brieflink-small-disk-');
  return mount(['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs'], dir, () => fs.rmSync(dir, { recursive: true, force: true }));
}

/**
 * `source` seen read-only at a new path. Root ignores file permissions (chmod), so a
 * read-only bind mount is the way to get a real EROFS there.
 */
export function mountReadOnlyView(source: string): Mounted {
  const parent = makeTempDir('brieflink-read-only-');
  const dir = path.join(parent, 'workspace');
  fs.mkdirSync(dir);
  return mount(['--bind', '-o', 'ro', source], dir, () => fs.rmSync(parent, { recursive: true, force: true }));
}

/** Writes to `dir` until the disk is full; returns the file to remove to free the space again. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  // Fill the last partial block too.
  try {
    for (;;) fs.writeSync(fd, chunk.subarray(0, 512));
  } catch {
    /* full */
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
