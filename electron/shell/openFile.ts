import { BrowserWindow, dialog } from 'electron';
import type { UploadKind } from '../../common/uploads';

const FILTERS: Record<UploadKind, Electron.FileFilter[]> = {
  bundle: [{ name: 'Brieflink library bundle', extensions: ['json'] }],
};

/** The shell's own open dialog: the path comes from the user's choice here, never from the window. */
export async function chooseFileWithDialog(kind: UploadKind): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions = { title: 'Import a colleague’s bundle', properties: ['openFile'], filters: FILTERS[kind] };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return choice.canceled || choice.filePaths.length === 0 ? null : choice.filePaths[0];
}
