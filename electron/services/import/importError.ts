import { AppError } from '../../../common/result';

/** An import refused for a reason the user can act on; the message names the file. */
export function importError(fileName: string, reason: string): AppError {
  return new AppError('IMPORT_FAILED', `${fileName}: ${reason}`);
}
