// better-sqlite3 built for Electron's ABI lives apart from the Node build (native/electron/),
// with a stamp saying which Electron, better-sqlite3, platform and architecture it was made
// for. The start script, the Electron tests and the desktop app all decide from that stamp.
import fs from 'node:fs';
import path from 'node:path';

export const ELECTRON_SQLITE_BINDING = path.join('native', 'electron', 'better_sqlite3.node');
export const ELECTRON_SQLITE_STAMP = path.join('native', 'electron', 'better_sqlite3.json');

/**
 * Why the Electron build of better-sqlite3 must be made (again), or null when the one in
 * native/electron/ fits. `stamp` is what the build was made for (null: no stamp), `wanted`
 * what runs now.
 */
export function electronSqliteRebuildReason({ bindingExists, stamp, wanted }) {
  if (!bindingExists) return 'it has not been built yet';
  if (!stamp) return 'the build there does not say which Electron it was made for';
  for (const [key, label] of [
    ['electron', 'Electron'],
    ['betterSqlite3', 'better-sqlite3'],
    ['platform', 'platform'],
    ['arch', 'architecture'],
  ]) {
    if (stamp[key] !== wanted[key]) return `it was built for ${label} ${stamp[key] ?? '(unknown)'}, this is ${wanted[key]}`;
  }
  return null;
}

function packageVersion(root, name) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** What the Electron build must fit on this machine, from the installed packages. */
export function wantedElectronSqlite(root, electronVersion = packageVersion(root, 'electron')) {
  return { electron: electronVersion, betterSqlite3: packageVersion(root, 'better-sqlite3'), platform: process.platform, arch: process.arch };
}

/** The stamp written beside the binding, or null if there is none or it cannot be read. */
export function readElectronSqliteStamp(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, ELECTRON_SQLITE_STAMP), 'utf8'));
  } catch {
    return null;
  }
}

export function writeElectronSqliteStamp(root, stamp) {
  fs.writeFileSync(path.join(root, ELECTRON_SQLITE_STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** The decision for this checkout: null when native/electron/ holds a build that fits. */
export function electronSqliteState(root, electronVersion) {
  return electronSqliteRebuildReason({
    bindingExists: fs.existsSync(path.join(root, ELECTRON_SQLITE_BINDING)),
    stamp: readElectronSqliteStamp(root),
    wanted: wantedElectronSqlite(root, electronVersion),
  });
}
