// `npm start`: the desktop app where Electron's binary is installed, otherwise the browser host.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary.mjs';
import { ensureElectronSqlite } from './rebuildSqliteForElectron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const binary = electronBinary(root);
if (binary) {
  // The library needs better-sqlite3 built for Electron; made here the first time and after each Electron update.
  const problem = ensureElectronSqlite(root);
  if (problem) {
    console.error(
      `better-sqlite3 could not be built for the desktop app (${problem}).\n` +
        'Brieflink starts anyway: notes and export work, and the library says it is unavailable. ' +
        'Run "npm run rebuild:electron" where there is internet access, then start again.',
    );
  }
  run(binary, ['.']);
} else {
  console.log(
    [
      'The Electron binary is not installed, so the desktop window cannot open.',
      'To install it, on a machine with internet access run:  node node_modules/electron/install.js',
      'Starting the browser host instead: open the address below in Chromium, Chrome, Edge or Firefox.',
      '',
    ].join('\n'),
  );
  const serve = path.join(root, 'out', 'main', 'serve.js');
  if (!fs.existsSync(serve)) {
    console.error('Brieflink has not been built: run "npm run build" first (npm start does it for you).');
    process.exit(1);
  }
  run(process.execPath, [serve]);
}
