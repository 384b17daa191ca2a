// Peak and settled memory of the back end for the largest files a person may import and for
// hostile ones, in a process of its own (importMemoryChild.ts): a process that ran other
// benchmarks first would show their memory too. Part of `npm run bench`; alone, after
// `npm run build`: `npx tsx tests/bench/importMemory.ts`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';

const here = path.dirname(fileURLToPath(import.meta.url));

export function importMemoryBench(): void {
  console.log('Import memory (peak and settled, whole back-end process with its helper threads):');
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'importMemoryChild.ts')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`the import memory benchmark failed (exit code ${child.status})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) importMemoryBench();
