import fs from 'node:fs';
import type { BundleImportResult } from '../../../common/bundle';
import type { UploadStore } from '../uploads/uploadStore';
import { importBundle, parseBundleJson, parseJson } from './bundle';
import type { LibraryService } from './library';

/** The file's text lives only inside this call, so it can be freed once it is parsed. */
function readJsonFile(fileName: string, file: string): unknown {
  return parseJson(fileName, fs.readFileSync(file, 'utf8'));
}

/** Merges an uploaded bundle; the upload is used once and deleted whatever the outcome. */
export function importUploadedBundle(library: LibraryService, uploads: UploadStore, fileName: string, uploadId: string): BundleImportResult {
  const upload = uploads.take(uploadId, 'bundle');
  try {
    return importBundle(library, parseBundleJson(fileName, readJsonFile(fileName, upload.file)));
  } finally {
    upload.release();
  }
}
