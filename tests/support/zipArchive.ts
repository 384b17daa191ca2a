import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One packed file of a zip archive; `declaredSize` overrides the unpacked size its headers state (a lying archive). */
export interface ZipFile {
  name: string;
  packed: Buffer;
  crc: number;
  size: number;
  declaredSize?: number;
}

/** A file packed as zip archives pack it. */
export function zipFile(name: string, data: Buffer): ZipFile {
  return { name, packed: deflateRawSync(data, { level: 9 }), crc: crc32(data), size: data.length };
}

/**
 * A file made of `head`, `chunk` repeated `times` and `tail`, packed a chunk at a time so
 * that a file of hundreds of megabytes (a zip bomb's payload) never sits in memory whole.
 */
export async function repeatedZipFile(name: string, head: string, chunk: string, times: number, tail: string): Promise<ZipFile> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const chunkBytes = Buffer.from(chunk.repeat(Math.max(1, Math.floor(65_536 / chunk.length))));
  const perWrite = chunkBytes.length / chunk.length;
  let crc = crc32(head);
  let size = Buffer.byteLength(head);
  deflate.write(head);
  for (let written = 0; written < times; written += perWrite) {
    const piece = times - written >= perWrite ? chunkBytes : Buffer.from(chunk.repeat(times - written));
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  crc = crc32(tail, crc);
  size += Buffer.byteLength(tail);
  deflate.end(tail);
  await done;
  return { name, packed: Buffer.concat(parts), crc, size };
}

/**
 * A zip archive of deflated files, written by hand so that tests can build archives no
 * packer would: files whose headers understate their size, or that unpack thousands of
 * times over (a zip bomb).
 */
export function zipArchive(files: readonly ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const size = file.declaredSize ?? file.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(file.crc, 14);
    local.writeUInt32LE(file.packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(file.crc, 16);
    central.writeUInt32LE(file.packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, file.packed);
    directory.push(central, name);
    offset += local.length + name.length + file.packed.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}
