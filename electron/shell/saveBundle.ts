import type { BundleOutcome } from '../../common/bundle';
import type { BundleFile } from '../services/createServices';
import { saveFileWithDialog } from './saveFileWithDialog';

/** The user picks where the library bundle goes; the path never comes from the renderer. */
export async function saveBundleWithDialog(file: BundleFile): Promise<BundleOutcome> {
  const filter = { name: 'Brieflink library bundle', extensions: ['json'] };
  const saved = await saveFileWithDialog('Export library bundle', file.fileName, filter, file.bytes);
  return saved ? { delivery: 'saved', fileName: saved, count: file.count } : { delivery: 'cancelled' };
}
