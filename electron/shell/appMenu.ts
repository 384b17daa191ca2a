import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOn, MENU_LABELS, MENU_NAMES, type AppCommand, type CommandPlatform } from '../../common/commands';

export interface MenuOptions {
  platform: CommandPlatform;
  appName: string;
  /** Hands a window command to the window, by its id. */
  send(commandId: string): void;
  /** Does a command the main process owns (opening the data folder). */
  runInShell(commandId: string): void;
}

/** What the menu shows for a command; a window command's click sends its id. */
function itemFor(command: AppCommand, options: MenuOptions): MenuItemConstructorOptions {
  const accelerator = acceleratorOn(command.accelerator, options.platform);
  const item: MenuItemConstructorOptions = { id: command.id, label: command.label, ...(accelerator ? { accelerator } : {}) };
  switch (command.handledBy) {
    case 'role':
      return { ...item, role: command.role };
    case 'window':
      return {
        ...item,
        click: () => options.send(command.id),
        // Shown, not taken: the editor acts on these keys itself (Windows and Linux; macOS always
        // lets the page have a key before its menu).
        ...(command.keysInEditor && accelerator ? { registerAccelerator: false } : {}),
      };
    case 'shell':
      return { ...item, click: () => options.runInShell(command.id) };
  }
}

/** Items in list order, a separator between groups. */
function withSeparators(commands: AppCommand[], options: MenuOptions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  commands.forEach((command, index) => {
    if (index > 0 && commands[index - 1].group !== command.group) items.push({ type: 'separator' });
    items.push(itemFor(command, options));
  });
  return items;
}

/** The roles macOS users find in the app's own menu, where the platform puts them. */
const MAC_APP_MENU_ROLES = new Set(['about', 'quit']);

function macAppMenu(commands: AppCommand[], options: MenuOptions): MenuItemConstructorOptions {
  const about = commands.find((command) => command.handledBy === 'role' && command.role === 'about');
  const quit = commands.find((command) => command.handledBy === 'role' && command.role === 'quit');
  return {
    label: options.appName,
    submenu: [
      ...(about ? [itemFor(about, options), { type: 'separator' } as const] : []),
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide', accelerator: 'Cmd+H' },
      { role: 'hideOthers', accelerator: 'Alt+Cmd+H' },
      { role: 'unhide' },
      ...(quit ? [{ type: 'separator' } as const, itemFor(quit, options)] : []),
    ],
  };
}

/**
 * The application menu as data, from the command list (already filtered for the build: see
 * `commandsFor`). One menu per command menu that has items; on macOS the app menu comes first
 * with About and Quit, and the Window menu before Help, as the platform expects.
 */
export function buildMenuTemplate(commands: AppCommand[], options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const inMenus = mac ? commands.filter((command) => !(command.handledBy === 'role' && MAC_APP_MENU_ROLES.has(command.role))) : commands;
  const menus: MenuItemConstructorOptions[] = mac ? [macAppMenu(commands, options)] : [];
  for (const name of MENU_NAMES) {
    const members = inMenus.filter((command) => command.menu === name);
    if (mac && name === 'help') menus.push({ role: 'windowMenu' });
    if (members.length === 0) continue;
    menus.push({ label: MENU_LABELS[name], ...(mac && name === 'help' ? { role: 'help' as const } : {}), submenu: withSeparators(members, options) });
  }
  return menus;
}

/** The parts of Electron's Menu this needs. */
export interface MenuApi<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M | null): void;
}

/** Replaces Electron's default menu (with its developer items) by the app's own. */
export function installAppMenu<M>(menuApi: MenuApi<M>, template: MenuItemConstructorOptions[]): M {
  const menu = menuApi.buildFromTemplate(template);
  menuApi.setApplicationMenu(menu);
  return menu;
}
