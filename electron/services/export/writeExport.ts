import path from 'node:path';
import { AppError } from '../../../common/result';
import { writeFileAtomic } from '../atomicWrite';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder has that name',
};

/**
 * Writes an exported file where the user asked (save dialog, command line), atomically. A
 * failure becomes an EXPORT_FAILED error that names the place and the reason; the note
 * itself is never involved.
 */
export function writeExportFile(target: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(target, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (code || (error as Error).message);
    throw new AppError('EXPORT_FAILED', `Could not save "${path.basename(target)}" in ${path.dirname(target)}: ${reason}. The note was not changed.`);
  }
}
