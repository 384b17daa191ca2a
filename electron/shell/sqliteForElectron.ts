import fs from 'node:fs';
import path from 'node:path';
// Shared with `npm start` and the Electron tests, which run before any build: hence plain JavaScript in scripts/.
import { ELECTRON_SQLITE_BINDING, electronSqliteState } from '../../scripts/electronSqlite.mjs';

/** Which better-sqlite3 binary the desktop app loads, or why the library cannot open. */
export type SqliteForElectron = { binding: string; unavailable?: undefined } | { binding?: undefined; unavailable: string };

/**
 * The Node build in node_modules cannot load in Electron (another module ABI), so the desktop
 * app uses only the build in native/electron/ made for its own Electron, and otherwise says,
 * in the window, how to make it instead of passing on the loader's advice to `npm rebuild`.
 */
export function sqliteForElectron(appRoot: string, electronVersion: string): SqliteForElectron {
  const binding = path.join(appRoot, ELECTRON_SQLITE_BINDING);
  let reason: string | null;
  try {
    reason = electronSqliteState(appRoot, electronVersion);
  } catch {
    // The installed packages cannot be read: try the build if there is one.
    reason = fs.existsSync(binding) ? null : 'it has not been built yet';
  }
  if (!reason) return { binding };
  return {
    unavailable:
      `the desktop app needs better-sqlite3 built for Electron ${electronVersion}, and ${reason}. ` +
      'Run "npm run rebuild:electron" (it needs internet access the first time) and start Brieflink again; notes and export work meanwhile.',
  };
}
