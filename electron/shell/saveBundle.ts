import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { BundleOutcome } from '../../common/bundle';
import { writeFileAtomic } from '../services/atomicWrite';
import type { BundleFile } from '../services/createServices';

/** The user picks where the library bundle goes; the path never comes from the renderer. */
export async function saveBundleWithDialog(file: BundleFile): Promise<BundleOutcome> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title: 'Export library bundle',
    defaultPath: path.join(app.getPath('documents'), file.fileName),
    filters: [{ name: 'Brieflink library bundle', extensions: ['json'] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { delivery: 'cancelled' };
  writeFileAtomic(choice.filePath, file.bytes);
  return { delivery: 'saved', fileName: path.basename(choice.filePath), count: file.count };
}
