import { describe, expect, it } from 'vitest';
import { holdUntilListened, listenForMenuCommands, MENU_COMMAND_CHANNEL, OPENED_FILE_CHANNEL, type ShellEventSource } from '../../../common/desktopEvents';
import { createElectronClient, type BrieflinkBridge } from '../../../renderer/client/electronClient';
import { createHttpClient } from '../../../renderer/client/httpClient';

type Listener = (event: unknown, payload: unknown) => void;

/** ipcRenderer as the preload uses it: the shell's sends arrive through `deliver`. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const source: ShellEventSource = {
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const deliver = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener({ sender: 'ipc' }, payload));
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { source, deliver, count };
}

const failedFile = { kind: 'failed', fileName: 'brief.brieflink-note.json', message: 'This file is not a shared note.' };

describe('what the shell sends the window', () => {
  it('passes on menu commands that are window commands, and drops anything else', () => {
    const ipc = fakeIpc();
    const got: string[] = [];
    const stop = listenForMenuCommands(ipc.source, (id) => got.push(id));
    for (const payload of ['format.bold', 'edit.undo', 'help.openDataFolder', '__proto__', 42, null, { id: 'note.new' }, 'note.new']) ipc.deliver(MENU_COMMAND_CHANNEL, payload);
    ipc.deliver(OPENED_FILE_CHANNEL, 'note.print');
    expect(got).toEqual(['format.bold', 'note.new']);
    stop();
    expect(ipc.count(MENU_COMMAND_CHANNEL)).toBe(0);
    ipc.deliver(MENU_COMMAND_CHANNEL, 'note.print');
    expect(got).toEqual(['format.bold', 'note.new']);
  });

  it('holds files opened before the window listens, and hands them to the first listener in order', () => {
    const ipc = fakeIpc();
    const subscribe = holdUntilListened(ipc.source, OPENED_FILE_CHANNEL);
    ipc.deliver(OPENED_FILE_CHANNEL, 'first');
    ipc.deliver(OPENED_FILE_CHANNEL, 'second');
    const got: unknown[] = [];
    const stop = subscribe((payload) => got.push(payload));
    ipc.deliver(OPENED_FILE_CHANNEL, 'third');
    expect(got).toEqual(['first', 'second', 'third']);
    stop();
    ipc.deliver(OPENED_FILE_CHANNEL, 'fourth');
    const later: unknown[] = [];
    subscribe((payload) => later.push(payload));
    // Held again while nobody listened; never handed twice.
    expect(later).toEqual(['fourth']);
    expect(got).toEqual(['first', 'second', 'third']);
  });
});

describe('the window’s client', () => {
  function bridgeWith(ipc: ReturnType<typeof fakeIpc>): BrieflinkBridge {
    const openedFiles = holdUntilListened(ipc.source, OPENED_FILE_CHANNEL);
    return {
      onMenuCommand: (listener: (id: unknown) => void) => {
        // A preload that let everything through: the client still checks.
        const forward: Listener = (_event, payload) => listener(payload);
        ipc.source.on(MENU_COMMAND_CHANNEL, forward);
        return () => void ipc.source.removeListener(MENU_COMMAND_CHANNEL, forward);
      },
      onOpenedFile: openedFiles,
    } as unknown as BrieflinkBridge;
  }

  it('in the desktop app, acts only on known window commands and well-formed opened files', () => {
    const ipc = fakeIpc();
    const client = createElectronClient(bridgeWith(ipc));
    const commands: string[] = [];
    const files: unknown[] = [];
    client.onMenuCommand((id) => commands.push(id));
    client.onOpenedFile((file) => files.push(file));
    ipc.deliver(MENU_COMMAND_CHANNEL, 'edit.find');
    ipc.deliver(MENU_COMMAND_CHANNEL, 'app.quit');
    ipc.deliver(MENU_COMMAND_CHANNEL, 'rm -rf');
    ipc.deliver(OPENED_FILE_CHANNEL, failedFile);
    ipc.deliver(OPENED_FILE_CHANNEL, { kind: 'sharedNote', fileName: 'x.brieflink-note.json', imported: { note: 'not a note' } });
    ipc.deliver(OPENED_FILE_CHANNEL, { ...failedFile, path: '/etc/passwd', message: 'x'.repeat(5000) });
    expect(commands).toEqual(['edit.find']);
    expect(files).toEqual([failedFile]);
  });

  it('in the browser host, never fires: the browser’s menus are its own', () => {
    const client = createHttpClient('token');
    const stopCommands = client.onMenuCommand(() => {
      throw new Error('a menu command in the browser host');
    });
    const stopFiles = client.onOpenedFile(() => {
      throw new Error('a desktop file in the browser host');
    });
    expect(typeof stopCommands).toBe('function');
    expect(() => (stopCommands(), stopFiles())).not.toThrow();
  });
});
