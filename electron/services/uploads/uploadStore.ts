import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../common/result';
import { MAX_UPLOAD_BYTES, uploadTooLargeMessage, type UploadKind, type UploadReceipt } from '../../../common/uploads';

/** An upload handed to the call that uses it; `release` deletes its file. */
export interface TakenUpload {
  file: string;
  size: number;
  release(): void;
}

export interface UploadStore {
  /** Largest upload of a kind this store accepts. */
  limit(kind: UploadKind): number;
  /** Streams a body to a temporary file, refusing it (and deleting what was written) past the kind's limit. */
  receive(kind: UploadKind, body: Readable): Promise<UploadReceipt>;
  /**
   * The upload for one use: unknown, expired and already used ids, and uploads of another
   * kind, are refused. It is forgotten at once, so it cannot be used twice.
   */
  take(uploadId: string, kind: UploadKind): TakenUpload;
  /** Deletes every waiting upload (on shutdown). */
  clear(): void;
}

export interface UploadStoreOptions {
  /** Overrides MAX_UPLOAD_BYTES (tests). */
  limits?: Partial<Record<UploadKind, number>>;
  /** How long an upload waits for the call that uses it. */
  ttlMs?: number;
  /** At most this many uploads wait at once; the oldest is dropped for a new one. */
  maxWaiting?: number;
  now?: () => number;
}

interface Waiting {
  kind: UploadKind;
  file: string;
  size: number;
  receivedAt: number;
}

/** Counts bytes as they pass and fails the stream as soon as they exceed the limit. */
function sizeLimit(limit: number, onTooLarge: () => Error): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > limit ? onTooLarge() : null, chunk);
    },
  });
}

/** An upload's file is named `<upload id>.<process id>.part`, so that a store can tell whose it is. */
const OWNED_FILE = /^upload-[A-Za-z0-9_-]+\.(\d+)\.part$/;

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a crash left: every file whose process no longer runs, and any other file
 * older than `ttlMs` (a process id may have been reused, or the name is not one of ours).
 */
function removeStale(dir: string, ttlMs: number): void {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const owner = OWNED_FILE.exec(name)?.[1];
    try {
      if ((owner && !processIsRunning(Number(owner))) || Date.now() - fs.statSync(file).mtimeMs > ttlMs) fs.rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by its owner.
    }
  }
}

/**
 * Uploads waiting in `<workspace>/tmp/uploads/`, one file each, named by a random id and
 * the process receiving it. When a store opens, files of processes that no longer run are
 * removed at once (a crash, a killed app); those of a running process (the command line
 * beside the app on the same workspace) are left alone unless older than an upload lives.
 * An upload being received counts toward the limit on waiting uploads until it is done or
 * cut off; one cut off is deleted at once.
 */
export function createUploadStore(workspaceRoot: string, options: UploadStoreOptions = {}): UploadStore {
  const dir = path.join(workspaceRoot, 'tmp', 'uploads');
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  fs.mkdirSync(dir, { recursive: true });
  removeStale(dir, ttlMs);
  const maxWaiting = options.maxWaiting ?? 4;
  const now = options.now ?? Date.now;
  const waiting = new Map<string, Waiting>();
  /** Uploads being received now (their files are still being written). */
  let receiving = 0;
  const limit = (kind: UploadKind) => options.limits?.[kind] ?? MAX_UPLOAD_BYTES[kind];

  const drop = (id: string) => {
    const entry = waiting.get(id);
    waiting.delete(id);
    if (entry) fs.rmSync(entry.file, { force: true });
  };
  const sweep = () => {
    for (const [id, entry] of waiting) if (now() - entry.receivedAt > ttlMs) drop(id);
  };

  return {
    limit,
    async receive(kind, body) {
      sweep();
      if (receiving >= maxWaiting) {
        body.destroy();
        throw new AppError('BAD_ARGUMENTS', `Brieflink is already receiving ${maxWaiting} uploads; wait until one has finished, then try again.`);
      }
      const id = `upload-${crypto.randomBytes(24).toString('base64url')}`;
      const file = path.join(dir, `${id}.${process.pid}.part`);
      const max = limit(kind);
      const counter = sizeLimit(max, () => new AppError('TOO_LARGE', uploadTooLargeMessage(kind, max)));
      receiving++;
      try {
        await pipeline(body, counter, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        // pipeline has closed the file by now (its stream destroyed with the others).
        fs.rmSync(file, { force: true });
        throw error;
      } finally {
        receiving--;
      }
      const size = fs.statSync(file).size;
      // Those still being received count too: the oldest waiting ones make room.
      while (waiting.size > 0 && waiting.size + receiving >= maxWaiting) drop(waiting.keys().next().value!);
      waiting.set(id, { kind, file, size, receivedAt: now() });
      return { uploadId: id, size };
    },
    take(uploadId, kind) {
      sweep();
      const entry = waiting.get(uploadId);
      if (!entry || entry.kind !== kind) {
        throw new AppError(
          'NOT_FOUND',
          `This upload is unknown or has expired (an upload is kept for ${Math.round(ttlMs / 60_000)} minutes and used once). Choose the file again.`,
        );
      }
      waiting.delete(uploadId);
      return { file: entry.file, size: entry.size, release: () => fs.rmSync(entry.file, { force: true }) };
    },
    clear() {
      for (const id of [...waiting.keys()]) drop(id);
    },
  };
}
