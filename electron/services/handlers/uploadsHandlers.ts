import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../common/result';
import { uploadTooLargeMessage } from '../../../common/uploads';
import type { NamespaceHandlers, ServiceDeps } from './serviceDeps';

/** The desktop shell's "choose a file": the chosen file becomes an upload, so its path never reaches the window. */
export function createUploadsHandlers(deps: ServiceDeps): NamespaceHandlers<'uploads'> {
  return {
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
