import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { ExportOutcome } from '../../common/contract';
import { writeExportFile } from '../services/export/writeExport';
import type { ExportFile } from '../services/exportPdf';

const KINDS: Record<ExportFile['kind'], { title: string; filter: Electron.FileFilter }> = {
  pdf: { title: 'Export PDF', filter: { name: 'PDF document', extensions: ['pdf'] } },
  docx: { title: 'Export Word document', filter: { name: 'Word document', extensions: ['docx'] } },
};

/** The user picks where an exported file goes; the path never comes from the renderer. */
export async function saveFileWithDialog(file: ExportFile): Promise<ExportOutcome> {
  const owner = BrowserWindow.getFocusedWindow();
  const kind = KINDS[file.kind];
  const options: Electron.SaveDialogOptions = {
    title: kind.title,
    defaultPath: path.join(app.getPath('documents'), file.fileName),
    filters: [kind.filter],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { delivery: 'cancelled' };
  writeExportFile(choice.filePath, file.bytes);
  return { delivery: 'saved', fileName: path.basename(choice.filePath), pageCount: file.pageCount };
}
