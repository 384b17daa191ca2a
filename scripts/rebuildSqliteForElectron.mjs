// Builds better-sqlite3 for Electron's ABI into native/electron/ (with a stamp saying for
// which Electron), then restores the Node build, so the desktop app and the plain-Node tools
// (tests, CLI, browser host) each load a binary made for them. Needs network access the
// first time (Electron's headers).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_SQLITE_BINDING, electronSqliteState, wantedElectronSqlite, writeElectronSqliteStamp } from './electronSqlite.mjs';
import { isMainModule } from './isMainModule.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function rebuildSqliteForElectron(root) {
  const wanted = wantedElectronSqlite(root);
  const built = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  const target = path.join(root, ELECTRON_SQLITE_BINDING);
  try {
    execFileSync(npx, ['--yes', '@electron/rebuild', '--force', '--only', 'better-sqlite3', '--version', wanted.electron], { cwd: root, stdio: 'inherit' });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, target);
    writeElectronSqliteStamp(root, wanted);
  } finally {
    // Whatever happened above, node_modules must hold the Node build again for the tests, the CLI and `npm run serve`.
    execFileSync(npm, ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
  }
  console.log(`better-sqlite3 for Electron ${wanted.electron}: ${path.relative(root, target)}`);
}

/**
 * Makes the Electron build when it is missing or made for another Electron (what `npm
 * start` and the Electron tests do first). Returns why the library will be unavailable in
 * the window, or null when the build fits.
 */
export function ensureElectronSqlite(root, log = console.log) {
  const reason = electronSqliteState(root);
  if (!reason) return null;
  log(`Building better-sqlite3 for the desktop app (${reason}); this needs internet access the first time and takes about a minute.`);
  try {
    rebuildSqliteForElectron(root);
    return electronSqliteState(root);
  } catch (error) {
    return `the build failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

if (isMainModule(import.meta.url)) {
  rebuildSqliteForElectron(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
}
