import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { writeFileAtomic } from '../services/atomicWrite';

/** Asks where to save a file the back end made and writes it there; null when the user cancels. The path never comes from the renderer. */
export async function saveFileWithDialog(
  title: string,
  fileName: string,
  filter: Electron.FileFilter,
  bytes: Uint8Array,
): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = { title, defaultPath: path.join(app.getPath('documents'), fileName), filters: [filter] };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  writeFileAtomic(choice.filePath, bytes);
  return path.basename(choice.filePath);
}
