/**
 * The app's commands as data: one list feeds the desktop application menu (electron/shell/appMenu.ts)
 * and the command palette, so a command has the same name and the same keys everywhere.
 *
 * Keys are written in Electron's accelerator syntax ("CmdOrCtrl+Shift+P"); `shownKeys` turns them
 * into what the palette shows on each platform. Commands whose keys the editor already handles
 * (renderer/editor/plugins/ShortcutsPlugin.tsx, Lexical's own bold / italic / underline) carry the
 * same keys here, so the menu names the shortcut that already works.
 */

export const MENU_NAMES = ['file', 'edit', 'insert', 'format', 'view', 'help'] as const;
export type MenuName = (typeof MENU_NAMES)[number];

export const MENU_LABELS: Record<MenuName, string> = {
  file: 'File',
  edit: 'Edit',
  insert: 'Insert',
  format: 'Format',
  view: 'View',
  help: 'Help',
};

/** Electron's built-in roles used here: they act natively (the page's own undo stack, clipboard, zoom). */
export const COMMAND_ROLES = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'togglefullscreen',
  'close',
  'quit',
  'about',
  'reload',
  'forceReload',
  'toggleDevTools',
] as const;
export type CommandRole = (typeof COMMAND_ROLES)[number];

export type CommandPlatform = 'darwin' | 'win32' | 'linux';

/** Keys in Electron's accelerator syntax, the same everywhere or different on macOS. */
export type Accelerator = string | { mac: string; other: string };

interface CommandBase {
  id: string;
  label: string;
  menu: MenuName;
  /** Items of one menu with different groups are parted by a separator. */
  group: number;
  accelerator?: Accelerator;
  /** Only in a development build (reload, developer tools). */
  developerOnly?: true;
  /**
   * The editor already acts on these keys while it has the focus (ShortcutsPlugin, Lexical's own
   * bold / italic / underline): the menu shows them without taking them, so a key press is never
   * handled twice and the keys keep working exactly as before.
   */
  keysInEditor?: true;
}

/** Sent to the window as its id; the window does what it means (opens a dialog, formats the text). */
export interface WindowCommand extends CommandBase {
  handledBy: 'window';
}

/** Done by Electron itself through a menu role. */
export interface RoleCommand extends CommandBase {
  handledBy: 'role';
  role: CommandRole;
}

/** Done by the main process, which owns what it touches (the data folder). */
export interface ShellCommand extends CommandBase {
  handledBy: 'shell';
}

export type AppCommand = WindowCommand | RoleCommand | ShellCommand;

// Generic in the id, so the list's ids stay literal types (WindowCommandId below).
const windowCommand = <Id extends string>(id: Id, label: string, menu: MenuName, group: number, accelerator?: Accelerator): WindowCommand & { id: Id } => ({
  id,
  label,
  menu,
  group,
  handledBy: 'window',
  ...(accelerator ? { accelerator } : {}),
});

/** A window command whose keys the editor handles itself. */
const inEditor = <C extends WindowCommand>(command: C): C & { keysInEditor: true } => ({ ...command, keysInEditor: true });

const roleCommand = <Id extends string>(id: Id, label: string, menu: MenuName, group: number, role: CommandRole, accelerator?: Accelerator): RoleCommand & { id: Id } => ({
  id,
  label,
  menu,
  group,
  handledBy: 'role',
  role,
  ...(accelerator ? { accelerator } : {}),
});

/** Every command, in menu order. */
export const APP_COMMANDS = [
  windowCommand('note.new', 'New note', 'file', 0, 'CmdOrCtrl+N'),
  windowCommand('library.import', 'Import into library…', 'file', 1, 'CmdOrCtrl+Shift+O'),
  windowCommand('note.importShared', 'Import a shared note…', 'file', 1, 'CmdOrCtrl+O'),
  windowCommand('note.exportPdf', 'Export PDF', 'file', 2, 'CmdOrCtrl+E'),
  windowCommand('note.exportDocx', 'Export DOCX', 'file', 2, 'CmdOrCtrl+Shift+E'),
  windowCommand('note.print', 'Print…', 'file', 2, 'CmdOrCtrl+P'),
  windowCommand('note.share', 'Share note…', 'file', 2, 'CmdOrCtrl+Shift+S'),
  // Closing goes through the window's own close, so an unsaved change is saved first (closeAfterSave).
  roleCommand('window.close', 'Close window', 'file', 3, 'close', 'CmdOrCtrl+W'),
  // On macOS Quit sits in the app menu, as the platform expects; appMenu.ts moves it there.
  roleCommand('app.quit', 'Quit', 'file', 3, 'quit', 'CmdOrCtrl+Q'),

  roleCommand('edit.undo', 'Undo', 'edit', 0, 'undo', 'CmdOrCtrl+Z'),
  // The editor (Lexical) takes Ctrl+Y and Ctrl+Shift+Z for redo, Cmd+Shift+Z on macOS.
  roleCommand('edit.redo', 'Redo', 'edit', 0, 'redo', { mac: 'Shift+Cmd+Z', other: 'Ctrl+Y' }),
  roleCommand('edit.cut', 'Cut', 'edit', 1, 'cut', 'CmdOrCtrl+X'),
  roleCommand('edit.copy', 'Copy', 'edit', 1, 'copy', 'CmdOrCtrl+C'),
  roleCommand('edit.paste', 'Paste', 'edit', 1, 'paste', 'CmdOrCtrl+V'),
  // Chromium hands the page's paste handler only the plain text for this one.
  roleCommand('edit.pastePlain', 'Paste as plain text', 'edit', 1, 'pasteAndMatchStyle', 'CmdOrCtrl+Shift+V'),
  roleCommand('edit.selectAll', 'Select all', 'edit', 1, 'selectAll', 'CmdOrCtrl+A'),
  inEditor(windowCommand('edit.find', 'Find', 'edit', 2, 'CmdOrCtrl+F')),
  // Cmd+H hides the app on macOS; Option+Cmd+F is the Mac's usual Find and Replace.
  inEditor(windowCommand('edit.replace', 'Replace', 'edit', 2, { mac: 'Alt+Cmd+F', other: 'Ctrl+H' })),

  inEditor(windowCommand('insert.table', 'Table', 'insert', 0, 'CmdOrCtrl+Alt+T')),
  inEditor(windowCommand('insert.link', 'Link…', 'insert', 0, 'CmdOrCtrl+K')),
  // Option+Cmd+H is Hide Others on macOS: the menu leaves it to the system there.
  inEditor(windowCommand('insert.horizontalLine', 'Horizontal line', 'insert', 0, { mac: '', other: 'Ctrl+Alt+H' })),
  inEditor(windowCommand('insert.pageBreak', 'Page break', 'insert', 0, 'CmdOrCtrl+Enter')),
  windowCommand('insert.fromLibrary', 'Snippet from the library…', 'insert', 1, 'CmdOrCtrl+Shift+K'),

  inEditor(windowCommand('format.bold', 'Bold', 'format', 0, 'CmdOrCtrl+B')),
  inEditor(windowCommand('format.italic', 'Italic', 'format', 0, 'CmdOrCtrl+I')),
  inEditor(windowCommand('format.underline', 'Underline', 'format', 0, 'CmdOrCtrl+U')),
  inEditor(windowCommand('format.strikethrough', 'Strikethrough', 'format', 0, 'CmdOrCtrl+Shift+X')),
  inEditor(windowCommand('format.paragraph', 'Paragraph', 'format', 1, 'CmdOrCtrl+Alt+0')),
  inEditor(windowCommand('format.heading', 'Heading', 'format', 1, 'CmdOrCtrl+Alt+1')),
  inEditor(windowCommand('format.subheading', 'Subheading', 'format', 1, 'CmdOrCtrl+Alt+2')),
  inEditor(windowCommand('format.bulletedList', 'Bulleted list', 'format', 2, 'CmdOrCtrl+Shift+8')),
  inEditor(windowCommand('format.numberedList', 'Numbered list', 'format', 2, 'CmdOrCtrl+Shift+7')),
  inEditor(windowCommand('format.quote', 'Quote', 'format', 2, 'CmdOrCtrl+Shift+9')),
  inEditor(windowCommand('format.indent', 'Indent', 'format', 2, 'CmdOrCtrl+]')),
  inEditor(windowCommand('format.outdent', 'Outdent', 'format', 2, 'CmdOrCtrl+[')),
  inEditor(windowCommand('format.clear', 'Clear formatting', 'format', 3, 'CmdOrCtrl+\\')),

  windowCommand('view.palette', 'Command palette…', 'view', 0, 'CmdOrCtrl+Shift+P'),
  windowCommand('view.notesPanel', 'Notes panel', 'view', 1, 'CmdOrCtrl+Shift+1'),
  windowCommand('view.libraryPanel', 'Library panel', 'view', 1, 'CmdOrCtrl+Shift+2'),
  roleCommand('view.zoomIn', 'Zoom in', 'view', 2, 'zoomIn', 'CmdOrCtrl+='),
  roleCommand('view.zoomOut', 'Zoom out', 'view', 2, 'zoomOut', 'CmdOrCtrl+-'),
  roleCommand('view.resetZoom', 'Actual size', 'view', 2, 'resetZoom', 'CmdOrCtrl+0'),
  roleCommand('view.fullScreen', 'Full screen', 'view', 3, 'togglefullscreen', { mac: 'Ctrl+Cmd+F', other: 'F11' }),
  { ...roleCommand('view.reload', 'Reload', 'view', 4, 'reload', 'CmdOrCtrl+R'), developerOnly: true },
  { ...roleCommand('view.forceReload', 'Force reload', 'view', 4, 'forceReload', 'CmdOrCtrl+Shift+R'), developerOnly: true },
  { ...roleCommand('view.devTools', 'Toggle developer tools', 'view', 4, 'toggleDevTools', { mac: 'Alt+Cmd+I', other: 'Ctrl+Shift+I' }), developerOnly: true },

  windowCommand('help.shortcuts', 'Keyboard shortcuts', 'help', 0, 'CmdOrCtrl+/'),
  { id: 'help.openDataFolder', label: 'Open the data folder', menu: 'help', group: 1, handledBy: 'shell' } as ShellCommand & { id: 'help.openDataFolder' },
  // On macOS About sits in the app menu; appMenu.ts moves it there.
  roleCommand('help.about', 'About Brieflink', 'help', 1, 'about'),
] as const satisfies readonly AppCommand[];

export type AppCommandId = (typeof APP_COMMANDS)[number]['id'];

/** The ids the window may be sent: only these cross to the renderer. */
export const WINDOW_COMMAND_IDS: readonly string[] = APP_COMMANDS.filter((command) => command.handledBy === 'window').map((command) => command.id);

export type WindowCommandId = Extract<(typeof APP_COMMANDS)[number], { handledBy: 'window' }>['id'];

/** A message claiming to be a menu command is one only if it names a window command. */
export function isWindowCommandId(value: unknown): value is WindowCommandId {
  return typeof value === 'string' && WINDOW_COMMAND_IDS.includes(value);
}

/** The accelerator a command has on a platform ('' or undefined: none). */
export function acceleratorOn(accelerator: Accelerator | undefined, platform: CommandPlatform): string | undefined {
  if (accelerator === undefined) return undefined;
  const keys = typeof accelerator === 'string' ? accelerator : platform === 'darwin' ? accelerator.mac : accelerator.other;
  return keys === '' ? undefined : keys;
}

const MAC_SYMBOLS: Record<string, string> = { Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Enter: '↩' };
const MAC_MODIFIER_ORDER = ['Ctrl', 'Alt', 'Shift', 'Cmd'];

/** Electron's names for one key, brought to one spelling (CmdOrCtrl, Command, Control, Option…). */
function normalisedPart(part: string, platform: CommandPlatform): string {
  switch (part) {
    case 'CmdOrCtrl':
    case 'CommandOrControl':
      return platform === 'darwin' ? 'Cmd' : 'Ctrl';
    case 'Command':
      return 'Cmd';
    case 'Control':
      return 'Ctrl';
    case 'Option':
    case 'AltGr':
      return 'Alt';
    case 'Plus':
      return '+';
    case 'Return':
      return 'Enter';
    default:
      return part.length === 1 ? part.toUpperCase() : part;
  }
}

/** The modifiers and key of an accelerator as one spelling, for comparing two accelerators. */
export function normalisedKeys(accelerator: string, platform: CommandPlatform): string {
  const parts = accelerator.split('+').map((part) => normalisedPart(part, platform));
  const key = parts.pop() ?? '';
  const modifiers = [...new Set(parts)].sort((a, b) => MAC_MODIFIER_ORDER.indexOf(a) - MAC_MODIFIER_ORDER.indexOf(b));
  return [...modifiers, key].join('+');
}

/** The keys as the palette shows them: "⇧⌘P" on macOS, "Ctrl+Shift+P" elsewhere. */
export function shownKeys(accelerator: Accelerator | undefined, platform: CommandPlatform): string | undefined {
  const keys = acceleratorOn(accelerator, platform);
  if (!keys) return undefined;
  const parts = normalisedKeys(keys, platform).split('+');
  if (platform !== 'darwin') return parts.join('+').replace(/^(.*)\+$/, '$1Plus');
  return parts.map((part) => MAC_SYMBOLS[part] ?? part).join('');
}

/** The commands a build shows: developer items only outside a packaged app. */
export function commandsFor(packaged: boolean): AppCommand[] {
  return APP_COMMANDS.filter((command: AppCommand) => !(packaged && command.developerOnly));
}
