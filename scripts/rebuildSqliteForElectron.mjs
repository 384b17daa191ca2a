// Builds better-sqlite3 for Electron's ABI into native/electron/, then restores the
// Node build, so the desktop app and the plain-Node tools (tests, CLI, browser host)
// each load a binary made for them. Needs network access (Electron's headers).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const built = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const target = path.join(root, 'native/electron/better_sqlite3.node');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

execFileSync(npx, ['--yes', '@electron/rebuild', '--force', '--only', 'better-sqlite3', '--version', electronVersion], {
  cwd: root,
  stdio: 'inherit',
});
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(built, target);
execFileSync(npm, ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, target)}`);
