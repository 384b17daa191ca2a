// Runs in its own process so the peak memory is the back end's alone: the bundle file goes
// through the browser host's upload route, then library.importBundle merges it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { dispatch } from '../../common/dispatch';
import { PROJECT_ROOT, startBrowserBackend } from '../../electron/host/browserBackend';
import { newToken } from '../../electron/host/guards';
import { startHostServer } from '../../electron/host/server';

const [bundleFile, dataDir] = process.argv.slice(2);
const backend = startBrowserBackend(dataDir);
const token = newToken();
const server = await startHostServer({ handlers: backend.handlers, uploads: backend.uploads, rendererDir: path.join(PROJECT_ROOT, 'out', 'renderer'), token, port: 0 });
const rssBefore = process.memoryUsage().rss;

const started = performance.now();
const receipt = await new Promise<{ ok: boolean; value: { uploadId: string; size: number } }>((resolve, reject) => {
  const request = http.request(
    {
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/upload/bundle',
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': fs.statSync(bundleFile).size, 'X-Brieflink-Token': token },
    },
    (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve(JSON.parse(text)));
    },
  );
  request.on('error', reject);
  fs.createReadStream(bundleFile).pipe(request);
});
const uploaded = performance.now() - started;
if (!receipt.ok) throw new Error(JSON.stringify(receipt));
const merged = await dispatch(backend.handlers, 'library.importBundle', { fileName: path.basename(bundleFile), uploadId: receipt.value.uploadId });
const total = performance.now() - started;
if (!merged.ok) throw new Error(JSON.stringify(merged));
const peakRss = process.resourceUsage().maxRSS * 1024;
await server.close();
await backend.close();
process.stdout.write(JSON.stringify({ uploaded, total, rssBefore, peakRss, size: receipt.value.size, result: merged.value }));
