import type { ImportProposal } from '../../common/libraryImport';
import type { SharedNoteImportResult } from '../../common/noteShare';

/**
 * Files that came to the window from outside the panel that imports them (dropped anywhere on
 * the window, or opened from the desktop), waiting for that panel to take them.
 */
export type IncomingFile =
  /** A document for the library, still to be read; or already read by the desktop shell, to review. */
  | { for: 'library'; file: File }
  | { for: 'library'; fileName: string; proposal: ImportProposal }
  /** A shared note, still to be imported; or already imported by the desktop shell, to show. */
  | { for: 'sharedNote'; file: File }
  | { for: 'sharedNote'; fileName: string; imported: SharedNoteImportResult };

export type IncomingTarget = IncomingFile['for'];

export interface IncomingFileStore {
  send(files: readonly IncomingFile[]): void;
  /** Whether files wait for the target (the library opens its import panel for them). */
  waiting(target: IncomingTarget): boolean;
  /** Takes the files waiting for the target: each is handed to one taker only, once. */
  take<T extends IncomingTarget>(target: T): Extract<IncomingFile, { for: T }>[];
  subscribe(listener: () => void): () => void;
}

export function createIncomingFileStore(): IncomingFileStore {
  let queue: IncomingFile[] = [];
  const listeners = new Set<() => void>();
  return {
    send(files) {
      if (files.length === 0) return;
      queue = [...queue, ...files];
      listeners.forEach((listener) => listener());
    },
    waiting: (target) => queue.some((file) => file.for === target),
    take<T extends IncomingTarget>(target: T) {
      const taken = queue.filter((file): file is Extract<IncomingFile, { for: T }> => file.for === target);
      if (taken.length > 0) queue = queue.filter((file) => file.for !== target);
      return taken;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
