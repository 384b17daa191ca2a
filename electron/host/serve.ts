import fs from 'node:fs';
import path from 'node:path';
import { newToken } from './guards';
import { PROJECT_ROOT, startBrowserBackend } from './browserBackend';
import { startHostServer } from './server';
import { helperBeside, useImportHelper } from '../services/import/importHelper';
import { messageOf } from '../../common/messageOf';

const DEFAULT_PORT = 4780;

async function main(): Promise<void> {
  const started = performance.now();
  const rendererDir = path.join(PROJECT_ROOT, 'out', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.error('The renderer has not been built yet. Run "npm run build" first (npm run serve does it for you).');
    process.exit(1);
  }
  useImportHelper(helperBeside(import.meta.url));
  const backend = startBrowserBackend();
  const token = newToken();
  const requestedPort = process.env.BRIEFLINK_PORT ? Number(process.env.BRIEFLINK_PORT) : DEFAULT_PORT;
  const options = { handlers: backend.handlers, uploads: backend.uploads, printPages: backend.printPages, rendererDir, token, log: (m: string) => console.error(m) };
  const server = await startHostServer({ ...options, port: requestedPort }).catch((error: NodeJS.ErrnoException) => {
    // The default port may be taken by another copy; an explicitly chosen one must not silently move.
    if (error.code === 'EADDRINUSE' && !process.env.BRIEFLINK_PORT) return startHostServer({ ...options, port: 0 });
    throw error;
  });

  console.log(`Brieflink is running at ${server.url}#token=${token}`);
  console.log(`Data folder: ${backend.workspace.root}`);
  console.log(`Ready in ${Math.round(performance.now() - started)} ms. Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Brieflink could not start: ${messageOf(error)}`);
  process.exit(1);
});
