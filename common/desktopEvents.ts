import { isWindowCommandId, type WindowCommandId } from './commands';

/**
 * What the desktop shell tells the window of its own accord (the contract's calls all start in
 * the window): a menu command, and a file the desktop handed over (see openedFile.ts).
 * Kept free of schemas, so the preload that imports it stays small.
 */
export const MENU_COMMAND_CHANNEL = 'brieflink-shell:menu-command';
export const OPENED_FILE_CHANNEL = 'brieflink-shell:opened-file';

/** The part of ipcRenderer a listener needs, so the preload's logic is testable without Electron. */
export interface ShellEventSource {
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/** Listens on one channel, passing on only what `accept` recognises; returns the way to stop. */
export function listenOn<T>(source: ShellEventSource, channel: string, accept: (payload: unknown) => T | null, listener: (value: T) => void): () => void {
  const onMessage = (_event: unknown, payload: unknown) => {
    const value = accept(payload);
    if (value !== null) listener(value);
  };
  source.on(channel, onMessage);
  return () => void source.removeListener(channel, onMessage);
}

/** Menu commands for the window: anything that is not a window command's id is dropped, never acted on. */
export function listenForMenuCommands(source: ShellEventSource, listener: (commandId: WindowCommandId) => void): () => void {
  return listenOn(source, MENU_COMMAND_CHANNEL, (payload) => (isWindowCommandId(payload) ? payload : null), listener);
}

/**
 * Listening on a channel whose messages may come before the window listens (a file double-clicked
 * to start Brieflink arrives while the page is still starting): messages are held until the first
 * listener comes, then handed to it in order.
 */
export function holdUntilListened(source: ShellEventSource, channel: string): (listener: (payload: unknown) => void) => () => void {
  const held: unknown[] = [];
  const listeners = new Set<(payload: unknown) => void>();
  source.on(channel, (_event, payload) => {
    if (listeners.size === 0) held.push(payload);
    for (const listener of listeners) listener(payload);
  });
  return (listener) => {
    listeners.add(listener);
    for (const payload of held.splice(0)) listener(payload);
    return () => void listeners.delete(listener);
  };
}
