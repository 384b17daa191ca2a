import { createHandlers, type ServiceDeps } from './createServices';
import { DEFAULT_DEVELOPMENTS } from './library/defaultDevelopments';
import { openLibrary, type LibraryService } from './library/library';
import { createNoteService } from './notes';
import { withCitationIndex } from './notes/indexedNotes';
import { startCitationIndex } from './library/startCitationIndex';
import type { SettingsStore } from './settings/settingsStore';
import { createTemplateService } from './templates';
import { openWorkspace, type Workspace } from './workspace';
import { createUploadStore, type UploadStore } from './uploads/uploadStore';
import { sweepWorkspaceTempFiles } from './startupSweep';
import type { Handlers } from '../../common/contract';

export interface BackendOptions extends Pick<ServiceDeps, 'host' | 'version' | 'printer' | 'deliverFile' | 'chooseFile'> {
  dataDir: string;
  builtInTemplatesDir: string;
  openSettings(workspace: Workspace): SettingsStore;
  sqliteNativeBinding?: string;
  log?: (message: string) => void;
}

export interface Backend {
  handlers: Handlers;
  workspace: Workspace;
  /** Where the browser host's upload route puts large files for the handlers. */
  uploads: UploadStore;
  close(): Promise<void>;
}

/** Opens the workspace and every service; what each host does first. */
export function startBackend(options: BackendOptions): Backend {
  const log = options.log ?? ((message: string) => console.warn(message));
  const workspace = openWorkspace(options.dataDir);
  const swept = sweepWorkspaceTempFiles(workspace);
  if (swept > 0) log(`Removed ${swept} temporary file(s) left by an interrupted save.`);
  const templates = createTemplateService(options.builtInTemplatesDir, workspace.userTemplatesDir);
  for (const problem of templates.problems()) log(`Template ${problem.file} skipped: ${problem.message}`);

  let library: LibraryService | Error;
  try {
    library = openLibrary(workspace.libraryFile, { seed: DEFAULT_DEVELOPMENTS, nativeBinding: options.sqliteNativeBinding });
  } catch (error) {
    library = error instanceof Error ? error : new Error(String(error));
    log(`Library unavailable: ${library.message}`);
  }

  const noteFiles = createNoteService(workspace);
  const citations =
    library instanceof Error ? library : startCitationIndex(workspace.libraryFile, workspace.notesDir, noteFiles, { nativeBinding: options.sqliteNativeBinding, log });
  const notes = citations instanceof Error ? noteFiles : withCitationIndex(noteFiles, citations, log);

  const uploads = createUploadStore(workspace.root);
  const handlers = createHandlers({
    ...options,
    uploads,
    workspace,
    settings: options.openSettings(workspace),
    templates,
    notes,
    library,
    citations,
  });

  return {
    handlers,
    workspace,
    uploads,
    async close() {
      uploads.clear();
      if (!(citations instanceof Error)) citations.close();
      if (!(library instanceof Error)) library.close();
      await options.printer.close();
    },
  };
}
