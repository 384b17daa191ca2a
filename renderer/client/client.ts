import type { WindowCommandId } from '../../common/commands';
import type { MethodArgs, MethodName, MethodResult } from '../../common/contract';
import type { OpenedFile } from '../../common/openedFile';
import type { ErrorCode, Result } from '../../common/result';
import type { UploadKind, UploadReceipt } from '../../common/uploads';

/** A typed failure from the back end, with the message meant for the user. */
export class ClientError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
  }
}

/** The renderer's only way to reach the back end; it does not know which host answers. */
export interface BrieflinkClient {
  call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>>;
  /**
   * Sends a large file (a bundle) to the back end apart from the calls, for a call to use by
   * its upload id. Only the browser host has it; the desktop shell reads such files from its
   * own open dialog (`uploads.chooseFile`).
   */
  upload?(kind: UploadKind, file: Blob): Promise<UploadReceipt>;
  /**
   * Commands chosen in the desktop app's menu (common/commands.ts), by id; returns the way to
   * stop listening. The browser host has no application menu: there it never fires.
   */
  onMenuCommand(listener: (commandId: WindowCommandId) => void): () => void;
  /**
   * Files the desktop handed to the app (double-clicked, or given to a second launch), already
   * imported by the back end. Never fires in the browser host, which has no such files.
   */
  onOpenedFile(listener: (file: OpenedFile) => void): () => void;
}

/** For a host with no menu and no files from the desktop. */
export const neverFires = (): (() => void) => () => {};

/** Shared by both transports: unwraps a Result or throws its error. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ClientError(result.error.code, result.error.message);
}
