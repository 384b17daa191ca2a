import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { liveCitationIndex, openLibraryState } from './library/libraryState';
import { createNoteService } from './notes/noteService';
import { withCitationIndex } from './notes/indexedNotes';
import { createSnapshotStore } from './notes/snapshots';
import type { SettingsStore } from './ports/settingsStore';
import { createTemplateService } from './templates';
import { openWorkspace, workspaceWriteProblem, type Workspace } from './workspace';
import { createUploadStore, type UploadStore } from './uploads/uploadStore';
import { createPrintPages, type PrintPages } from './export/printPages';
import { sweepWorkspaceTempFiles } from './startupSweep';
import type { Handlers } from '../../common/contract';
import { assembleHandlers } from './assembleHandlers';
import type { ServiceDeps } from './handlers/serviceDeps';

export interface BackendOptions extends Pick<ServiceDeps, 'host' | 'version' | 'printer' | 'deliverFile' | 'chooseFile'> {
  dataDir: string;
  builtInTemplatesDir: string;
  openSettings(workspace: Workspace): SettingsStore;
  sqliteNativeBinding?: string;
  /** Why the library cannot open here, known before trying (the desktop app without its build of better-sqlite3). */
  sqliteUnavailable?: string;
  log?: (message: string) => void;
}

export interface Backend {
  handlers: Handlers;
  workspace: Workspace;
  /** Where the browser host's upload route puts large files for the handlers. */
  uploads: UploadStore;
  /** The page Print… prints, for the host to serve to the window. */
  printPages: PrintPages;
  close(): Promise<void>;
}

/** The services as the handlers are given them, and how to close them. */
export interface Services {
  deps: ServiceDeps;
  close(): Promise<void>;
}

/** Opens the workspace and every service; what each host does first. */
export function startBackend(options: BackendOptions): Backend {
  const services = openServices(options);
  return {
    handlers: assembleHandlers(services.deps),
    workspace: services.deps.workspace,
    uploads: services.deps.uploads,
    printPages: services.deps.printPages,
    close: services.close,
  };
}

/** The workspace and every service opened, with the host's adapters, before any handler is made. */
export function openServices(options: BackendOptions): Services {
  const log = options.log ?? ((message: string) => console.warn(message));
  const workspace = openWorkspace(options.dataDir);
  const readOnly = workspaceWriteProblem(workspace.root);
  const swept = sweepWorkspaceTempFiles(workspace);
  if (swept > 0) log(`Removed ${swept} temporary file(s) left by an interrupted save.`);
  const templates = createTemplateService(options.builtInTemplatesDir, workspace.userTemplatesDir);
  for (const problem of templates.problems()) log(`Template ${problem.file} skipped: ${problem.message}`);

  const noteFiles = createNoteService(workspace);
  if (readOnly) log(`The workspace is read-only (${readOnly}): notes and the library open for reading and export only.`);
  const libraryState = openLibraryState({ workspace, noteFiles, readOnly, nativeBinding: options.sqliteNativeBinding, unavailable: options.sqliteUnavailable, log });
  const notes = withCitationIndex(noteFiles, liveCitationIndex(libraryState), log);

  const uploads = createUploadStore(readOnly ? fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-read-only-')) : workspace.root);
  const printPages = createPrintPages();
  const deps: ServiceDeps = {
    ...options,
    uploads,
    printPages,
    workspace,
    settings: options.openSettings(workspace),
    templates,
    notes,
    snapshots: createSnapshotStore(workspace),
    // Read at each call: a repair puts a new library (and notes index) in place.
    get library() {
      return libraryState.library;
    },
    get citations() {
      return libraryState.citations;
    },
    workspaceStatus: libraryState,
  };

  return {
    deps,
    async close() {
      uploads.clear();
      printPages.clear();
      libraryState.close();
      await options.printer.close();
    },
  };
}
