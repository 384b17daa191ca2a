// The benchmark's command line: `--only a,b` runs the named parts alone, `--repeat N` runs
// them N times, one fresh process after another, and sums the targeted figures up across runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURES_FILE_ENV, readFigures, summaryTable } from './figures';

export interface BenchOptions {
  repeat: number;
  parts: string[];
}

const USAGE = 'usage: npm run bench -- [--repeat N] [--only part,part…]';

/** Reads `--repeat N` and `--only a,b` (either as `--flag value` or `--flag=value`); unknown words are an error naming the parts. */
export function parseBenchArgs(args: readonly string[], known: readonly string[]): BenchOptions {
  let repeat = 1;
  let parts = [...known];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    const value = () => inline ?? args[++i];
    if (flag === '--repeat') {
      repeat = Number(value());
      if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a whole number of runs, 1 or more. ${USAGE}`);
    } else if (flag === '--only') {
      parts = (value() ?? '').split(',').map((part) => part.trim()).filter(Boolean);
      const unknown = parts.filter((part) => !known.includes(part));
      if (parts.length === 0 || unknown.length > 0) {
        throw new Error(`--only: unknown part${unknown.length === 1 ? '' : 's'} "${unknown.join(', ')}"; the parts are ${known.join(', ')}. ${USAGE}`);
      }
    } else {
      throw new Error(`Unknown argument "${args[i]}". ${USAGE}; the parts are ${known.join(', ')}.`);
    }
  }
  return { repeat, parts };
}

/**
 * Runs the chosen parts `repeat` times, each run a fresh process printing its own detail, and
 * then the targeted figures of all runs side by side with their median and spread.
 */
export function repeatRuns({ repeat, parts }: BenchOptions): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-runs-'));
  const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run.ts');
  const runs = [];
  for (let run = 1; run <= repeat; run++) {
    console.log(`\n=== Run ${run} of ${repeat} ===`);
    const file = path.join(dir, `run-${run}.jsonl`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', runner, '--only', parts.join(',')], {
      stdio: 'inherit',
      env: { ...process.env, [FIGURES_FILE_ENV]: file },
    });
    if (child.status !== 0) console.log(`Run ${run} ended with exit code ${child.status}; its figures so far are kept.`);
    runs.push(readFigures(file));
  }
  console.log(`\n${summaryTable(runs)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
