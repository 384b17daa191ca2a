import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend, type Backend } from '../services/bootstrap';
import { createPlaywrightPrinter } from './print/playwrightPrinter';
import { deliverAsDownload } from './deliverAsDownload';
import { createJsonSettingsStore } from './jsonSettingsStore';
import { defaultDataDir, resolveDataDir } from '../services/workspace';

/**
 * The folder holding package.json, templates/ and out/. Found by walking up from this
 * module, because bundling puts this code at different depths (out/main/, out/main/chunks/).
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'brieflink') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Brieflink's package.json was not found above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

export function projectVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The services as the browser host (and the command line) runs them: plain Node, no Electron. */
export function startBrowserBackend(dataDir = resolveDataDir(defaultDataDir())): Backend {
  return startBackend({
    host: 'browser',
    version: projectVersion(),
    dataDir,
    builtInTemplatesDir: path.join(PROJECT_ROOT, 'templates'),
    openSettings: (workspace) => createJsonSettingsStore(workspace.settingsFile, workspace.backupsDir),
    printer: createPlaywrightPrinter(),
    // The browser cannot be handed a path; it receives the bytes and offers them as a download.
    deliverFile: deliverAsDownload,
  });
}
