import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base } from '@playwright/test';
import { startBrowserBackend, PROJECT_ROOT } from '../../electron/host/browserBackend';
import { newToken } from '../../electron/host/guards';
import { startHostServer, type HostServer } from '../../electron/host/server';
import type { Backend } from '../../electron/services/bootstrap';
import { helperBeside, useImportHelper } from '../../electron/services/import/importHelper';

const SERVE_ENTRY = pathToFileURL(path.join(PROJECT_ROOT, 'out', 'main', 'serve.js')).href;

export interface RunningHost {
  /** The address to open, token included, as `npm run serve` prints it. */
  url: string;
  dataDir: string;
  /** Stops and starts the back end on the same workspace, as quitting and reopening would. */
  restart(): Promise<void>;
}

/** Each test gets its own workspace folder and its own browser host, like a fresh install. */
export const test = base.extend<{ host: RunningHost; workspaceFiles: Record<string, string | Buffer> }>({
  /** Files written into the workspace before the host starts (paths relative to it): bad input to start from. */
  workspaceFiles: [{}, { option: true }],
  host: async ({ workspaceFiles }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-e2e-'));
    for (const [relative, content] of Object.entries(workspaceFiles)) {
      const file = path.join(dataDir, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
    const token = newToken();
    const rendererDir = path.join(PROJECT_ROOT, 'out', 'renderer');
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npm run build');

    // As `npm run serve` does: documents are read on the built helper threads, from beside the built entries.
    useImportHelper(helperBeside(SERVE_ENTRY));
    let backend: Backend = startBrowserBackend(dataDir);
    let server: HostServer = await startHostServer({ handlers: backend.handlers, uploads: backend.uploads, printPages: backend.printPages, rendererDir, token, port: 0 });
    const port = server.port;
    await use({
      url: `${server.url}#token=${token}`,
      dataDir,
      async restart() {
        await server.close();
        await backend.close();
        backend = startBrowserBackend(dataDir);
        server = await startHostServer({ handlers: backend.handlers, uploads: backend.uploads, printPages: backend.printPages, rendererDir, token, port });
      },
    });
    await server.close();
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
