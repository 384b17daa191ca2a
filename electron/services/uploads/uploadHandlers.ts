import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../common/contract';
import { AppError } from '../../../common/result';
import { uploadTooLargeMessage, type UploadKind } from '../../../common/uploads';
import { importBundle, parseBundle } from '../library/bundle';
import { importUploadedBundle } from '../library/bundleUpload';
import type { LibraryService } from '../library/library';
import type { UploadStore } from './uploadStore';

/** Shows the desktop shell's open dialog; the chosen path, or null if cancelled. Absent in the browser host. */
export type ChooseFile = (kind: UploadKind) => Promise<string | null>;

interface UploadHandlerDeps {
  library(): LibraryService;
  uploads: UploadStore;
  chooseFile?: ChooseFile;
}

/** Bundle import from an upload or from the call itself, and the desktop shell's "choose a file". */
export function createUploadHandlers(deps: UploadHandlerDeps): Pick<Handlers, 'library.importBundle' | 'uploads.chooseFile'> {
  return {
    'library.importBundle': async (args) =>
      'uploadId' in args
        ? importUploadedBundle(deps.library(), deps.uploads, args.fileName, args.uploadId)
        : importBundle(deps.library(), parseBundle(args.fileName, Buffer.from(args.dataBase64, 'base64').toString('utf8'))),
    'uploads.chooseFile': async ({ kind }) => {
      if (!deps.chooseFile) {
        throw new AppError('BAD_ARGUMENTS', 'Brieflink in the browser has no file dialog of its own: choose the file with the file picker.');
      }
      const chosen = await deps.chooseFile(kind);
      if (!chosen) return { cancelled: true as const };
      const fileName = path.basename(chosen);
      const size = fs.statSync(chosen).size;
      // Refused by its size before anything is copied.
      const limit = deps.uploads.limit(kind);
      if (size > limit) throw new AppError('TOO_LARGE', uploadTooLargeMessage(kind, limit, size, fileName));
      return { ...(await deps.uploads.receive(kind, fs.createReadStream(chosen))), fileName };
    },
  };
}
