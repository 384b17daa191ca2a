import type { ExportOutcome } from '../../common/contract';
import type { PdfFile } from '../services/exportPdf';
import { saveFileWithDialog } from './saveFileWithDialog';

/** The user picks where the PDF goes; the path never comes from the renderer. */
export async function savePdfWithDialog(file: PdfFile): Promise<ExportOutcome> {
  const saved = await saveFileWithDialog('Export PDF', file.fileName, { name: 'PDF document', extensions: ['pdf'] }, file.bytes);
  return saved ? { delivery: 'saved', fileName: saved, pageCount: file.pageCount } : { delivery: 'cancelled' };
}
