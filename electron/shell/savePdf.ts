import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { ExportOutcome, FileOutcome } from '../../common/contract';
import { writeFileAtomic } from '../services/atomicWrite';
import type { DeliverableFile } from '../services/deliverFile';
import type { PdfFile } from '../services/exportPdf';

/** The user picks where the file goes; the path never comes from the renderer. Null when cancelled. */
async function saveWithDialog(title: string, file: DeliverableFile): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.SaveDialogOptions = {
    title,
    defaultPath: path.join(app.getPath('documents'), file.fileName),
    filters: [{ name: file.typeName, extensions: file.extensions }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  writeFileAtomic(choice.filePath, file.bytes);
  return choice.filePath;
}

export async function savePdfWithDialog(file: PdfFile): Promise<ExportOutcome> {
  const pdf = { ...file, mimeType: 'application/pdf', typeName: 'PDF document', extensions: ['pdf'] };
  const saved = await saveWithDialog('Export PDF', pdf);
  if (!saved) return { delivery: 'cancelled' };
  return { delivery: 'saved', fileName: path.basename(saved), pageCount: file.pageCount };
}

export async function saveFileWithDialog(file: DeliverableFile): Promise<FileOutcome> {
  const saved = await saveWithDialog(`Export ${file.typeName}`, file);
  return saved ? { delivery: 'saved', fileName: path.basename(saved) } : { delivery: 'cancelled' };
}
