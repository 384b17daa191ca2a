import fs from 'node:fs';
import path from 'node:path';
import type { LibraryRepairArgs, WorkspaceStatus } from '../../../common/libraryHealth';
import { AppError } from '../../../common/result';
import { storageProblemOf } from '../../../common/storageErrors';
import type { NoteService } from '../notes/noteService';
import type { Workspace } from '../workspace';
import { DEFAULT_DEVELOPMENTS } from './defaultDevelopments';
import { openLibrary, type LibraryService } from './library';
import {
  backupLibraryNow,
  backupLibraryOnline,
  isDailyBackupDue,
  libraryBackupFile,
  listLibraryBackups,
} from './libraryBackups';
import { libraryFileProblem, setLibraryAside } from './libraryHealth';
import type { CitationIndex } from './noteCitations';
import { startCitationIndex } from './startCitationIndex';
import { messageOf } from '../../../common/messageOf';
import { asError } from '../../../common/asError';

/** How often, while in use, the back end looks whether a daily backup is due; the first look is a minute after start. */
const DAILY_CHECK_MS = 60 * 60 * 1000;
const FIRST_DAILY_CHECK_MS = 60 * 1000;

export interface LibraryStateOptions {
  workspace: Workspace;
  /** The plain note service (without the index), to fill the notes index from the files. */
  noteFiles: NoteService;
  /** Why the workspace cannot be written, or null. */
  readOnly: string | null;
  nativeBinding?: string;
  /** Why SQLite itself cannot be loaded in this host (the desktop app without its Electron build), or undefined. */
  unavailable?: string;
  log: (message: string) => void;
}

/**
 * The library and its notes index, opened with care: a damaged or empty library.db is set
 * aside (never deleted, never silently replaced by a new one with sample entries), and the
 * user is offered the latest backup or an empty library with the notes index rebuilt. A copy
 * is taken before each migration and daily while in use.
 */
export interface LibraryState {
  readonly library: LibraryService | Error;
  readonly citations: CitationIndex | Error;
  status(): WorkspaceStatus;
  repair(args: LibraryRepairArgs): Promise<WorkspaceStatus>;
  /** Takes the daily backup if the newest backup is a day old (run on a timer while in use). */
  backUpIfDue(): Promise<void>;
  close(): void;
}

export function backupsDirOf(workspace: Workspace): string {
  return path.join(workspace.backupsDir, 'library');
}

export function openLibraryState(options: LibraryStateOptions): LibraryState {
  const { workspace, log } = options;
  const file = workspace.libraryFile;
  const backupsDir = backupsDirOf(workspace);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let library: LibraryService | Error = new Error('The library is not open yet.');
  let citations: CitationIndex | Error = library;
  let problem: string | null = null;

  const offer = () =>
    listLibraryBackups(backupsDir).length > 0
      ? 'Restore the latest good backup, or start an empty library and rebuild the notes index from your notes.'
      : 'No backup is available: start an empty library and rebuild the notes index from your notes.';

  function open(seed: boolean): void {
    try {
      library = openLibrary(file, {
        seed: seed ? DEFAULT_DEVELOPMENTS : undefined,
        nativeBinding: options.nativeBinding,
        readOnly: options.readOnly !== null,
        beforeMigrating: (db) => log(`Library backed up before its update: ${path.basename(backupLibraryNow(db, backupsDir, 'before-migration'))}`),
      });
    } catch (error) {
      library = asError(error);
      log(`Library unavailable: ${library.message}`);
      if (storageProblemOf(error) === 'damaged' && !options.readOnly) setAside(library.message);
      citations = library;
      return;
    }
    citations = options.readOnly
      ? new Error(`backlinks need the notes index, which cannot be brought up to date in a read-only workspace (${options.readOnly})`)
      : startCitationIndex(file, workspace.notesDir, options.noteFiles, { nativeBinding: options.nativeBinding, log });
  }

  /** The library cannot be used: `detail` says why and what to do (library calls answer "The library could not be opened: <detail>"). */
  function unusable(detail: string): void {
    problem = `The library could not be opened: ${detail}`;
    library = new Error(detail);
    citations = library;
    log(problem);
  }

  function setAside(reason: string): void {
    unusable(`${reason}; it was set aside as ${setLibraryAside(file, 'damaged')} (nothing was deleted). ${offer()}`);
  }

  function start(): void {
    if (options.unavailable) return unusable(options.unavailable);
    const existed = fs.existsSync(file);
    const damage = existed ? libraryFileProblem(file, binding) : null;
    if (damage && !options.readOnly) return setAside(damage);
    if (damage) return unusable(`${damage}; the workspace is read-only, so it was left as it is.`);
    if (!existed && listLibraryBackups(backupsDir).length > 0) return unusable(`the library file (library.db) is missing. ${offer()}`);
    open(!existed);
  }

  function closeOpen(): void {
    if (!(citations instanceof Error)) citations.close();
    if (!(library instanceof Error)) library.close();
  }

  let dailyRunning = false;
  async function dailyBackup(): Promise<void> {
    if (dailyRunning || library instanceof Error || options.readOnly || !isDailyBackupDue(backupsDir)) return;
    dailyRunning = true;
    try {
      log(`Daily library backup: ${path.basename(await backupLibraryOnline(library, backupsDir, 'daily'))}`);
    } catch (error) {
      log(`Daily library backup failed: ${messageOf(error)}`);
    } finally {
      dailyRunning = false;
    }
  }

  const status = (): WorkspaceStatus => ({ readOnly: options.readOnly, library: { problem, backups: listLibraryBackups(backupsDir) } });

  start();
  let timer: NodeJS.Timeout = setTimeout(() => {
    void dailyBackup();
    timer = setInterval(() => void dailyBackup(), DAILY_CHECK_MS);
    timer.unref();
  }, FIRST_DAILY_CHECK_MS);
  timer.unref();

  return {
    get library() {
      return library;
    },
    get citations() {
      return citations;
    },
    status,
    async repair(args) {
      if (options.readOnly) throw new AppError('LIBRARY_UNAVAILABLE', `The library cannot be repaired: the workspace is read-only (${options.readOnly}).`);
      let source: string | null = null;
      if (args.action === 'restore-backup') {
        source = libraryBackupFile(backupsDir, args.backupId);
        if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', 'That backup is no longer there.');
        if (libraryFileProblem(source, binding)) throw new AppError('LIBRARY_UNAVAILABLE', 'That backup is damaged too; choose another, or start an empty library.');
      }
      closeOpen();
      // Whatever is in place now is kept too, beside the library, in case it held something the user needs.
      if (fs.existsSync(file)) log(`Library set aside before repair: ${setLibraryAside(file, 'replaced')}`);
      if (source) {
        fs.copyFileSync(source, `${file}.restoring`);
        fs.renameSync(`${file}.restoring`, file);
      }
      problem = null;
      open(false);
      if (library instanceof Error) problem = `The library could not be opened after the repair: ${library.message}`;
      return status();
    },
    backUpIfDue: dailyBackup,
    close() {
      clearTimeout(timer);
      clearInterval(timer);
      closeOpen();
    },
  };
}

/**
 * The notes index as the note service sees it: whichever index is open now (a repair opens a
 * new one). While there is none, changes are not indexed; start-up catches the index up.
 */
export function liveCitationIndex(state: Pick<LibraryState, 'citations'>): CitationIndex {
  const open = () => (state.citations instanceof Error ? null : state.citations);
  return {
    update: (note, stamp) => open()?.update(note, stamp),
    remove: (noteId) => open()?.remove(noteId),
    backlinks: (developmentId) => open()?.backlinks(developmentId) ?? [],
    sync: (files, load) => open()?.sync(files, load) ?? { indexed: 0, removed: 0 },
    close: () => {},
  };
}
