import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { ExportOutcome } from '../../common/contract';
import { writeFileAtomic } from '../services/atomicWrite';
import type { PdfFile } from '../services/exportPdf';

/** The user picks where the PDF goes; the path never comes from the renderer. */
export async function savePdfWithDialog(file: PdfFile): Promise<ExportOutcome> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title: 'Export PDF',
    defaultPath: path.join(app.getPath('documents'), file.fileName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { delivery: 'cancelled' };
  writeFileAtomic(choice.filePath, file.bytes);
  return { delivery: 'saved', fileName: path.basename(choice.filePath), pageCount: file.pageCount };
}
