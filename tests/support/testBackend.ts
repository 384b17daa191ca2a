import { afterEach, beforeEach } from 'vitest';
import type { Backend } from '../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from './backendFixture';

/** A fresh workspace and back end for each test of the file; `restart` reopens it as a relaunch would. */
export function useTestBackend(): { readonly backend: Backend; readonly dir: string; restart(): Promise<void>; stop(): Promise<void> } {
  let dir = '';
  let backend: Backend | undefined;
  beforeEach(() => {
    dir = makeTempDir();
    backend = startTestBackend(dir);
  });
  afterEach(async () => {
    await backend?.close();
    removeTempDir(dir);
  });
  return {
    get backend() {
      if (!backend) throw new Error('the back end is stopped');
      return backend;
    },
    get dir() {
      return dir;
    },
    async stop() {
      await backend?.close();
      backend = undefined;
    },
    async restart() {
      await backend?.close();
      backend = startTestBackend(dir);
    },
  };
}
