// Importing a 50 MB library bundle in the browser host: upload through the upload route,
// parse and merge, in a child process for a clean peak-memory figure. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../common/bundle';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';
import { makeGenerator } from './generateLibrary';

const here = path.dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

/** Writes a bundle of generated developments (about 9 KB each) until it passes `bytes`; returns the entry count. */
function writeBundle(file: string, bytes: number): number {
  const generator = makeGenerator(11);
  const fd = fs.openSync(file, 'w');
  let size = 0;
  const write = (text: string) => (size += fs.writeSync(fd, text));
  write(`{"format":"${BUNDLE_FORMAT}","version":${BUNDLE_VERSION},"exportedAt":"2026-01-01T00:00:00.000Z","entries":[`);
  let count = 0;
  while (size < bytes) {
    const development = generator.development(count, '2026-01-01T00:00:00.000Z');
    development.fullText = Array.from({ length: 6 }, () => generator.paragraph(8)).join('\n\n');
    write(`${count > 0 ? ',' : ''}${JSON.stringify({ development, history: [{ revision: 1, contentHash: 'generated' }] })}`);
    count++;
  }
  write(']}');
  fs.closeSync(fd);
  return count;
}

export function bundleImportBench(): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-bundle-'));
  try {
    const file = path.join(root, 'team.brieflink-bundle.json');
    const count = writeBundle(file, 50 * MB);
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'bundleImportChild.ts'), file, path.join(root, 'workspace')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * MB,
    });
    if (child.status !== 0) throw new Error(`bundle import child failed: ${child.stderr}`);
    const run = JSON.parse(child.stdout) as { uploaded: number; total: number; rssBefore: number; peakRss: number; size: number; result: { added: number } };
    console.log(`Library bundle import, browser host (${(run.size / MB).toFixed(1)} MB, ${count} developments, ${run.result.added} added):`);
    console.log(`  upload through /upload/bundle ${run.uploaded.toFixed(0)} ms`);
    console.log(`  upload, parse and merge       ${run.total.toFixed(0)} ms`);
    console.log(`  RSS before ${(run.rssBefore / MB).toFixed(0)} MB, peak ${(run.peakRss / MB).toFixed(0)} MB`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
