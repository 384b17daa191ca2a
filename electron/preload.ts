import { contextBridge, ipcRenderer } from 'electron';
import { holdUntilListened, listenForMenuCommands, OPENED_FILE_CHANNEL } from '../common/desktopEvents';
import { IPC_PREFIX, METHOD_NAMES } from '../common/methods';

// One named function per contract method; the page never sees ipcRenderer itself.
const bridge: Record<string, unknown> = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (args: unknown) => ipcRenderer.invoke(`${IPC_PREFIX}${method}`, args)]),
);

// What the shell sends unasked: menu commands (only known window commands pass) and files from
// the desktop (held until the window listens; the window checks their shape).
bridge.onMenuCommand = (listener: (commandId: string) => void) => listenForMenuCommands(ipcRenderer, listener);
const openedFiles = holdUntilListened(ipcRenderer, OPENED_FILE_CHANNEL);
bridge.onOpenedFile = (listener: (payload: unknown) => void) => openedFiles(listener);

contextBridge.exposeInMainWorld('brieflink', Object.freeze(bridge));
