import { isWindowCommandId, type WindowCommandId } from '../../common/commands';
import type { MethodName } from '../../common/contract';
import { openedFileSchema, type OpenedFile } from '../../common/openedFile';
import type { Result } from '../../common/result';
import { unwrap, type BrieflinkClient } from './client';

/** What the desktop shell's preload puts on window: one function per contract method, and the shell's own messages. */
export type BrieflinkBridge = Record<MethodName, (args: unknown) => Promise<Result<unknown>>> & {
  onMenuCommand(listener: (commandId: unknown) => void): () => void;
  onOpenedFile(listener: (payload: unknown) => void): () => void;
};

declare global {
  interface Window {
    brieflink?: BrieflinkBridge;
  }
}

export function createElectronClient(bridge: BrieflinkBridge): BrieflinkClient {
  return {
    async call(method, args) {
      return unwrap(await bridge[method](args)) as never;
    },
    // The preload passes only known ids; checked again here, where the window acts on them.
    onMenuCommand(listener: (commandId: WindowCommandId) => void) {
      return bridge.onMenuCommand((commandId) => {
        if (isWindowCommandId(commandId)) listener(commandId);
      });
    },
    onOpenedFile(listener: (file: OpenedFile) => void) {
      return bridge.onOpenedFile((payload) => {
        const parsed = openedFileSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
