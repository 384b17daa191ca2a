import path from 'node:path';
import { electronBinary } from '../../scripts/electronBinary.mjs';

/** The project's root, which the desktop app is launched from. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The Electron binary, if installed: it is downloaded from GitHub at install time, which CI cannot reach (`.ci/run` sets ELECTRON_SKIP_BINARY_DOWNLOAD). */
export const ELECTRON_BINARY = electronBinary(PROJECT_ROOT);

/** Why the desktop app's tests are skipped where the binary is missing. */
export const NO_ELECTRON_REASON = 'skipped: Electron binary not installed (node node_modules/electron/install.js installs it)';

/** Says once, plainly, in the test output that a file's tests are skipped and why (the list reporter does not print skip reasons). */
export function sayIfSkipped(tests: string): void {
  if (!ELECTRON_BINARY) console.log(`${tests} ${NO_ELECTRON_REASON}`);
}
