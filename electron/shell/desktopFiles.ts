import path from 'node:path';
import type { Handlers } from '../../common/contract';
import { MAX_REQUEST_BYTES } from '../../common/contract';
import { dispatch } from '../../common/dispatch';
import { formatBytes, MAX_IMPORT_BYTES } from '../../common/libraryImport';
import { messageOf } from '../../common/messageOf';
import type { OpenedFile } from '../../common/openedFile';
import type { OpenableFile } from './openableFiles';

/** Largest file of each kind: what the window itself could send (a shared note travels as base64 in one call). */
const LIMITS: Record<OpenableFile['kind'], number> = {
  sharedNote: Math.floor((MAX_REQUEST_BYTES * 3) / 4) - 64 * 1024,
  libraryImport: MAX_IMPORT_BYTES,
};

export interface DesktopFileDeps {
  handlers: Handlers;
  fileSize(file: string): number;
  readFile(file: string): Uint8Array;
  /** Tells the window; called only after `windowReady`. */
  send(opened: OpenedFile): void;
  log(message: string): void;
}

export interface DesktopFileOpener {
  /** Imports the files (one after another) and tells the window how each went. */
  open(files: OpenableFile[]): Promise<void>;
  /** The window has loaded and listens: what was opened before is told now. */
  windowReady(): void;
}

/**
 * Files from the desktop (double-clicked, dropped on the icon, given to a second launch) go through
 * the same back-end calls, with the same checks, as the ones the window makes: a shared note is
 * imported as a note; a document is read into a proposal for the library, saved only once the user
 * has reviewed it. The paths come from the operating system, never from the window.
 */
export function createDesktopFileOpener(deps: DesktopFileDeps): DesktopFileOpener {
  let ready = false;
  const waiting: OpenedFile[] = [];
  const tell = (opened: OpenedFile) => (ready ? deps.send(opened) : waiting.push(opened));

  async function importOne(file: OpenableFile): Promise<OpenedFile> {
    const fileName = path.basename(file.path).slice(-255);
    const failed = (message: string): OpenedFile => ({ kind: 'failed', fileName, message });
    let bytes: Uint8Array;
    try {
      const size = deps.fileSize(file.path);
      if (size > LIMITS[file.kind]) return failed(`${fileName} is ${formatBytes(size)}; the largest file Brieflink imports this way is ${formatBytes(LIMITS[file.kind])}.`);
      bytes = deps.readFile(file.path);
    } catch (error) {
      return failed(`${fileName} could not be read: ${messageOf(error)}`);
    }
    const args = { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    const onUnexpected = (method: string, error: unknown) => deps.log(`Unexpected error in ${method} for a file from the desktop: ${error instanceof Error ? error.stack : String(error)}`);
    if (file.kind === 'sharedNote') {
      const result = await dispatch(deps.handlers, 'notes.importShared', args, onUnexpected);
      return result.ok ? ({ kind: 'sharedNote', fileName, imported: result.value } as OpenedFile) : failed(result.error.message);
    }
    const result = await dispatch(deps.handlers, 'library.importFile', args, onUnexpected);
    return result.ok ? ({ kind: 'libraryImport', fileName, proposal: result.value } as OpenedFile) : failed(result.error.message);
  }

  // One at a time, in the order given: a second launch's files queue behind the first's.
  let queue = Promise.resolve();
  return {
    open(files) {
      queue = queue.then(async () => {
        for (const file of files) {
          try {
            tell(await importOne(file));
          } catch (error) {
            deps.log(`A file from the desktop could not be imported: ${error instanceof Error ? error.stack : String(error)}`);
          }
        }
      });
      return queue;
    },
    windowReady() {
      ready = true;
      for (const opened of waiting.splice(0)) deps.send(opened);
    },
  };
}
