import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { startBackend, type Backend, type BackendOptions } from '../../electron/services/bootstrap';
import { useImportHelper } from '../../electron/services/import/importHelper';
import { deliverAsDownload } from '../../electron/host/deliverAsDownload';
import { createJsonSettingsStore } from '../../electron/host/jsonSettingsStore';
import { helperFromSource } from './importHelperThread';

/** A real one-page PDF, standing in for Chromium where a test is not about printing. */
async function onePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
}

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_IN_TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');

/** A fresh empty folder under the OS temp folder; remove it with removeTempDir. */
export function makeTempDir(prefix = 'brieflink-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** The options the browser host starts the back end with, with a fake printer and PDFs delivered as downloads. */
export function testBackendOptions(dataDir: string, log: (message: string) => void = () => {}): BackendOptions {
  return {
    host: 'browser',
    version: '0.0.0-test',
    dataDir,
    builtInTemplatesDir: BUILT_IN_TEMPLATES_DIR,
    openSettings: (workspace) => createJsonSettingsStore(workspace.settingsFile, workspace.backupsDir),
    printer: { print: onePagePdf, close: async () => {} },
    deliverFile: deliverAsDownload,
    log,
  };
}

/** The back end as the browser host starts it (its import helper threads from source), with a fake printer and no PDF delivery. */
export function startTestBackend(dataDir: string, log: (message: string) => void = () => {}): Backend {
  useImportHelper(helperFromSource);
  return startBackend(testBackendOptions(dataDir, log));
}

/** The path of a built-in template by id (files are named NN-<id>.json; NN orders the chooser). */
export function builtInTemplateFile(id: string): string {
  const name = fs.readdirSync(BUILT_IN_TEMPLATES_DIR).find((file) => file.replace(/^\d\d-/, '') === `${id}.json`);
  if (!name) throw new Error(`No built-in template "${id}"`);
  return path.join(BUILT_IN_TEMPLATES_DIR, name);
}
