import type { MethodName } from '../../common/contract';
import type { Result } from '../../common/result';
import { unwrap, type BrieflinkClient } from './client';

/** What the desktop shell's preload puts on window: one function per contract method. */
export type BrieflinkBridge = Record<MethodName, (args: unknown) => Promise<Result<unknown>>>;

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
  };
}
