import type { Handlers, MethodName } from '../../../common/contract';
import { AppError } from '../../../common/result';
import type { LibraryService } from '../library/library';
import type { LibraryState } from '../library/libraryState';
import type { CitationIndex } from '../library/noteCitations';
import type { NoteService } from '../notes/noteService';
import type { SnapshotStore } from '../notes/snapshots';
import type { ChooseFile } from '../ports/chooseFile';
import type { DeliverFile } from '../ports/deliverFile';
import type { PdfPrinter } from '../ports/pdfPrinter';
import type { PrintPages } from '../export/printPages';
import type { SettingsStore } from '../ports/settingsStore';
import type { TemplateService } from '../templates';
import type { UploadStore } from '../uploads/uploadStore';
import type { Workspace } from '../workspace';

/** What every handler module is given: the services, and the host's adapters behind their ports. */
export interface ServiceDeps {
  host: 'electron' | 'browser';
  version: string;
  workspace: Workspace;
  settings: SettingsStore;
  templates: TemplateService;
  notes: NoteService;
  /** Each note's history (snapshots), kept beside the notes. */
  snapshots: SnapshotStore;
  /** The library, or why it could not be opened; the rest of the app works without it. */
  library: LibraryService | Error;
  /** The backlinks index (in library.db), or why it is unavailable; absent where nothing indexes. */
  citations?: CitationIndex | Error;
  printer: PdfPrinter;
  /** How a finished file reaches the user: a save dialog in the shell, a download in the browser. */
  deliverFile: DeliverFile;
  /** The page Print… prints, served by the host on the window's origin. */
  printPages: PrintPages;
  /** Large files (bundles) waiting for the call that uses them. */
  uploads: UploadStore;
  /** The desktop shell's open dialog; absent in the browser host, which receives uploads instead. */
  chooseFile?: ChooseFile;
  /** A read-only workspace, a damaged library and its repair. */
  workspaceStatus: Pick<LibraryState, 'status' | 'repair'>;
}

/** The first part of a method's name: `notes` for `notes.trash.list`. */
type NamespaceOf<M extends string> = M extends `${infer Name}.${string}` ? Name : never;
export type Namespace = NamespaceOf<MethodName>;

/** The handlers of one namespace's methods: all of them, and no other. */
export type NamespaceHandlers<Name extends Namespace> = Pick<Handlers, Extract<MethodName, `${Name}.${string}`>>;

/** The library, or LIBRARY_UNAVAILABLE saying why it could not be opened. Read at each call: a repair puts a new one in place. */
export function libraryOf(deps: Pick<ServiceDeps, 'library'>): LibraryService {
  if (deps.library instanceof Error) {
    throw new AppError('LIBRARY_UNAVAILABLE', `The library could not be opened: ${deps.library.message}`);
  }
  return deps.library;
}

/** The backlinks index, or a clear error when the library (and so the index) could not be opened. */
export function citationsOf(deps: Pick<ServiceDeps, 'citations'>): CitationIndex {
  if (!deps.citations) throw new AppError('LIBRARY_UNAVAILABLE', 'Backlinks are not available here.');
  if (deps.citations instanceof Error) {
    throw new AppError('LIBRARY_UNAVAILABLE', `Backlinks are unavailable: ${deps.citations.message}`);
  }
  return deps.citations;
}
