import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_PREFIX, MAX_REQUEST_BYTES, METHOD_NAMES, type Handlers } from '../../common/contract';
import { dispatch, logUnexpectedTo, REQUEST_TOO_LARGE } from '../../common/dispatch';
import { fail, type Result } from '../../common/result';
import { isAppUrl } from '../../common/urls';

/** Only the app's own top-level page may call the back end; frames and other origins may not. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * The one wrapper around ipcMain.handle: sender checked, size bounded, arguments parsed by
 * the contract's schema before any service runs, errors returned as typed results.
 */
export function registerContract(handlers: Handlers, log: (message: string) => void): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${method}`, async (event, args: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return fail('FORBIDDEN_ORIGIN', 'Calls from outside Brieflink’s window are refused.');
      if (JSON.stringify(args ?? null).length > MAX_REQUEST_BYTES) return fail('TOO_LARGE', REQUEST_TOO_LARGE);
      return dispatch(handlers, method, args, logUnexpectedTo(log));
    });
  }
}
