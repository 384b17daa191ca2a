import { formatBytes, MAX_IMPORT_BYTES } from '../../../common/libraryImport';

/** Base64 of some bytes, for an upload to the back end. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole large file would overflow the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a chosen file as base64 for the upload, refusing an oversized one by its size before reading it. */
export async function readUpload(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`${file.name}: this file is ${formatBytes(file.size)}; the largest file Brieflink imports is ${formatBytes(MAX_IMPORT_BYTES)}.`);
  }
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
