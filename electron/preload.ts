import { contextBridge, ipcRenderer } from 'electron';
import { IPC_PREFIX, METHOD_NAMES } from '../common/methods';

// One named function per contract method; the page never sees ipcRenderer itself.
const bridge = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (args: unknown) => ipcRenderer.invoke(`${IPC_PREFIX}${method}`, args)]),
);

contextBridge.exposeInMainWorld('brieflink', Object.freeze(bridge));
