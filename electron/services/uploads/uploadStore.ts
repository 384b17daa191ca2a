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

function removeStale(dir: string, ttlMs: number): void {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > ttlMs) fs.rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by its owner.
    }
  }
}

/**
 * Uploads waiting in `<workspace>/tmp/uploads/`, one file each, named by a random id. Files
 * a crash left behind are removed when a store opens; younger ones may belong to another
 * process on the same workspace (the command line beside the app) and are left alone.
 */
export function createUploadStore(workspaceRoot: string, options: UploadStoreOptions = {}): UploadStore {
  const dir = path.join(workspaceRoot, 'tmp', 'uploads');
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  fs.mkdirSync(dir, { recursive: true });
  removeStale(dir, ttlMs);
  const maxWaiting = options.maxWaiting ?? 4;
  const now = options.now ?? Date.now;
  const waiting = new Map<string, Waiting>();
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
      const id = `upload-${crypto.randomBytes(24).toString('base64url')}`;
      const file = path.join(dir, `${id}.part`);
      const max = limit(kind);
      const counter = sizeLimit(max, () => new AppError('TOO_LARGE', uploadTooLargeMessage(kind, max)));
      try {
        await pipeline(body, counter, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        fs.rmSync(file, { force: true });
        throw error;
      }
      const size = fs.statSync(file).size;
      while (waiting.size >= maxWaiting) drop(waiting.keys().next().value!);
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
