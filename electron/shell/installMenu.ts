import { app, Menu, shell, type BrowserWindow } from 'electron';
import { commandsFor, type CommandPlatform } from '../../common/commands';
import { MENU_COMMAND_CHANNEL } from '../../common/desktopEvents';
import { buildMenuTemplate, installAppMenu } from './appMenu';

const platformOf = (platform: NodeJS.Platform): CommandPlatform => (platform === 'darwin' || platform === 'win32' ? platform : 'linux');

/**
 * The app's own menu in place of Electron's default one: window commands go to the main window by
 * id; "Open the data folder" opens the workspace in the file manager (the path is the shell's own).
 * Developer items only when not packaged.
 */
export function installMenuFor(window: BrowserWindow, dataDir: string, log: (message: string) => void): void {
  const template = buildMenuTemplate(commandsFor(app.isPackaged), {
    platform: platformOf(process.platform),
    appName: app.name,
    send(commandId) {
      if (!window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, commandId);
    },
    runInShell(commandId) {
      if (commandId !== 'help.openDataFolder') return;
      void shell.openPath(dataDir).then((problem) => {
        if (problem) log(`Could not open the data folder ${dataDir}: ${problem}`);
      });
    },
  });
  installAppMenu(Menu, template);
}
