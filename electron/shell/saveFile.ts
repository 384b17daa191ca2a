import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { FileOutcome } from '../../common/contract';
import type { DeliverableFile } from '../services/ports/deliverFile';
import { writeExportFile } from '../services/export/writeExport';

/** The user picks where a file goes (an export, a template); the path never comes from the renderer. */
export async function saveFileWithDialog(file: DeliverableFile): Promise<FileOutcome> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title: `Save ${file.typeName}`,
    defaultPath: path.join(app.getPath('documents'), file.fileName),
    filters: [{ name: file.typeName, extensions: file.extensions }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { delivery: 'cancelled' };
  writeExportFile(choice.filePath, file.bytes);
  return { delivery: 'saved', fileName: path.basename(choice.filePath), pageCount: file.pageCount };
}
