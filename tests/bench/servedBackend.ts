// The browser host's back end as a user starts it (out/main/serve.js, built by `npm run bench`),
// in a process of its own: its memory is then the back end's alone, without the benchmark's
// own code, its TypeScript loader or the files it generates.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/host/browserBackend';

export interface ServedBackend {
  child: ChildProcess;
  /** The address it printed, with its session token. */
  url: string;
  /** Calls one contract method over HTTP, as the window does; throws on a failure. */
  call(method: string, args: unknown): Promise<unknown>;
  /** Its resident memory now, in bytes (all its threads: the helpers are worker threads of it). */
  rssBytes(): number;
  stop(): void;
}

/** Starts serve.js on a free port with `dataDir` as its data folder, and waits for its address. */
export async function startServedBackend(dataDir: string): Promise<ServedBackend> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'out/main/serve.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BRIEFLINK_DATA_DIR: dataDir, BRIEFLINK_PORT: '0' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /running at (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  const address = new URL(url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  return {
    child,
    url,
    async call(method, args) {
      const response = await fetch(new URL(`/api/${method}`, address.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-brieflink-token': token },
        body: JSON.stringify(args),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
      return result.value;
    },
    rssBytes: () => residentBytes(child.pid!),
    stop: () => void child.kill('SIGTERM'),
  };
}

/** A process's resident memory, from /proc where there is one, else from ps. */
function residentBytes(pid: number): number {
  const status = `/proc/${pid}/status`;
  if (fs.existsSync(status)) {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(status, 'utf8'));
    if (match) return Number(match[1]) * 1024;
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024;
}
