import path from 'node:path';
import { AppError } from '../../../common/result';
import { storageProblemOf, storageReason } from '../../../common/storageErrors';
import { writeFileAtomic } from '../atomicWrite';
import { messageOf } from '../../../common/messageOf';

/**
 * Writes an exported file where the user asked (save dialog, command line), atomically. A
 * failure becomes an EXPORT_FAILED error that names the place and the reason (worded as for
 * every other write, common/storageErrors.ts); the note itself is never involved.
 */
export function writeExportFile(target: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(target, bytes);
  } catch (error) {
    const problem = storageProblemOf(error);
    const reason = problem ? storageReason(problem) : (error as NodeJS.ErrnoException).code || messageOf(error);
    throw new AppError('EXPORT_FAILED', `Could not save "${path.basename(target)}" in ${path.dirname(target)}: ${reason}. The note was not changed.`);
  }
}
