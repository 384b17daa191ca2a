import path from 'node:path';
import { openableKindOf, type OpenableKind } from '../../common/fileKinds';

export interface OpenableFile {
  path: string;
  kind: OpenableKind;
}

/**
 * The files in a command line Brieflink can open: shared notes and documents for the library,
 * by name. The first argument is the program itself; switches (Chromium adds its own to a second
 * launch's arguments) and anything else are passed over. Relative paths are taken from the folder
 * the launch was made in.
 */
export function openableFilesIn(argv: readonly string[], workingDirectory: string): OpenableFile[] {
  const found = new Map<string, OpenableFile>();
  for (const arg of argv.slice(1)) {
    if (arg === '' || arg.startsWith('-')) continue;
    const kind = openableKindOf(path.basename(arg));
    if (!kind) continue;
    const file = path.resolve(workingDirectory, arg);
    if (!found.has(file)) found.set(file, { path: file, kind });
  }
  return [...found.values()];
}

/** A single path handed over by the system (macOS's open-file), if Brieflink opens it. */
export function openableFile(file: string): OpenableFile | null {
  const kind = openableKindOf(path.basename(file));
  return kind && path.isAbsolute(file) ? { path: file, kind } : null;
}
