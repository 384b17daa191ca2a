import { inflateRawSync } from 'node:zlib';
import { formatBytes } from '../../../common/libraryImport';
import { importError } from './importError';

/**
 * Limits on what a Word document (a zip archive) may unpack to, checked before the reader
 * inflates anything. A real document has a few dozen parts, and its text compresses about
 * ten to one; a zip bomb states sizes hundreds of times its own. The reader builds a tree of
 * every element of the text, so what it is given must be bounded before it starts.
 */
export const ZIP_LIMITS = {
  entries: 1000,
  /** Per part, as stated in the archive's directory. */
  entryBytes: 32 * 1024 * 1024,
  /** All parts together. */
  totalBytes: 64 * 1024 * 1024,
  /** Unpacked size over packed size, for parts larger than `ratioFromBytes` unpacked. */
  ratio: 100,
  ratioFromBytes: 1024 * 1024,
} as const;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  name: string;
  method: number;
  packedSize: number;
  statedSize: number;
  localHeader: number;
}

class Damaged extends Error {}

function endOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535, at the very end of the file.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Damaged('no zip directory');
}

function readDirectory(bytes: Buffer, fileName: string): ZipEntry[] {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  if (count > ZIP_LIMITS.entries) {
    throw importError(fileName, `this Word document holds ${count} parts; Brieflink reads documents of at most ${ZIP_LIMITS.entries} parts.`);
  }
  const entries: ZipEntry[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Damaged('directory entry out of place');
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      packedSize: bytes.readUInt32LE(at + 20),
      statedSize: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, Math.min(bytes.length, at + 46 + nameLength)),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function checkStatedSizes(entries: ZipEntry[], fileName: string): void {
  let total = 0;
  for (const entry of entries) {
    const part = entry.name.slice(0, 80);
    if (entry.statedSize > ZIP_LIMITS.entryBytes) {
      throw importError(fileName, `its part "${part}" unpacks to ${formatBytes(entry.statedSize)}; the limit for one part is ${formatBytes(ZIP_LIMITS.entryBytes)}.`);
    }
    if (entry.statedSize > ZIP_LIMITS.ratioFromBytes && entry.statedSize > entry.packedSize * ZIP_LIMITS.ratio) {
      const ratio = Math.round(entry.statedSize / Math.max(1, entry.packedSize));
      throw importError(fileName, `its part "${part}" unpacks to ${ratio} times its packed size; Brieflink refuses parts packed more than ${ZIP_LIMITS.ratio} to 1, as zip bombs are.`);
    }
    total += entry.statedSize;
  }
  if (total > ZIP_LIMITS.totalBytes) {
    throw importError(fileName, `it unpacks to ${formatBytes(total)}; the limit for a Word document is ${formatBytes(ZIP_LIMITS.totalBytes)} unpacked.`);
  }
}

/** Where an entry's packed bytes are, found as zip readers find them: after its local header, name and extra field. */
function packedBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeader;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) throw new Damaged('local header out of place');
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  if (start + entry.packedSize > bytes.length) throw new Damaged('part runs past the end');
  return bytes.subarray(start, start + entry.packedSize);
}

/** A stated size is only a claim: each part is inflated, with no more room than it states, to prove it true. */
function checkTrueSizes(bytes: Buffer, entries: ZipEntry[], fileName: string): void {
  for (const entry of entries) {
    const packed = packedBytes(bytes, entry);
    if (entry.method === STORED) continue;
    if (entry.method !== DEFLATED) throw new Damaged(`packing method ${entry.method}`);
    try {
      inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.statedSize) });
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw importError(fileName, `its part "${entry.name.slice(0, 80)}" unpacks to more than the ${formatBytes(entry.statedSize)} it states, as zip bombs do; it was not read.`);
      }
      throw new Damaged('part does not inflate');
    }
  }
}

/**
 * Refuses a Word document whose parts are too many, too large, packed too tightly, or
 * larger than they state, naming the limit; a file that is not a readable zip archive is
 * refused as damaged. Only then may a reader inflate it.
 */
export function checkZipBounds(bytes: Uint8Array, fileName: string): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  try {
    if (buffer.length < 22) throw new Damaged('too short');
    const entries = readDirectory(buffer, fileName);
    checkStatedSizes(entries, fileName);
    checkTrueSizes(buffer, entries, fileName);
  } catch (error) {
    if (error instanceof Damaged) throw importError(fileName, 'this Word document is damaged or is not a .docx file.');
    throw error;
  }
}

/**
 * The named parts of a Word document, unpacked, once the whole archive is proven within the
 * limits (checkZipBounds); a part the archive lacks is absent from the map.
 */
export function readZipParts(bytes: Uint8Array, fileName: string, names: readonly string[]): Map<string, Buffer> {
  checkZipBounds(bytes, fileName);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const parts = new Map<string, Buffer>();
  for (const entry of readDirectory(buffer, fileName)) {
    if (!names.includes(entry.name) || parts.has(entry.name)) continue;
    const packed = packedBytes(buffer, entry);
    parts.set(entry.name, entry.method === STORED ? Buffer.from(packed) : inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.statedSize) }));
  }
  return parts;
}
