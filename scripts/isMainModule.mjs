import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Whether the module at `moduleUrl` was started as `node <file>` (not imported); symlinks in the path allowed. */
export function isMainModule(moduleUrl) {
  if (!process.argv[1]) return false;
  try {
    return moduleUrl === pathToFileURL(fs.realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}
