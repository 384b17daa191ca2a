import { APP_COMMANDS, MENU_LABELS, MENU_NAMES, shownKeys, type CommandPlatform } from '../../common/commands';

export interface ShortcutGroup {
  title: string;
  rows: { action: string; keys: string }[];
}

/**
 * Keys the note body answers that are not menu commands: they act only where the caret is
 * (in a table, at a [[ query), so the menu does not carry them. Written for Ctrl; on macOS
 * Ctrl becomes Cmd as in every shortcut here.
 */
const IN_THE_NOTE: readonly { action: string; keys: string }[] = [
  { action: 'Comment on the selected text', keys: 'Ctrl+Alt+M' },
  { action: 'Insert menu', keys: '/' },
  { action: 'Snippet from the library, searching as you type', keys: '[[' },
  { action: 'Next misspelling', keys: 'F7' },
  { action: 'Move paragraph up / down', keys: 'Alt+Shift+Up / Alt+Shift+Down' },
  { action: 'Menu of the note body', keys: 'Shift+F10' },
  { action: 'Next cell (in a table)', keys: 'Tab' },
  { action: 'Add row below / above (in a table)', keys: 'Ctrl+Alt+R / Ctrl+Alt+Shift+R' },
  { action: 'Add column right / left (in a table)', keys: 'Ctrl+Alt+C / Ctrl+Alt+Shift+C' },
  { action: 'Delete row / column (in a table)', keys: 'Ctrl+Alt+D / Ctrl+Alt+Shift+D' },
];

/** The keys of Ctrl-based shortcuts as this platform writes them (Cmd symbols on macOS). */
function onPlatform(keys: string, platform: CommandPlatform): string {
  if (platform !== 'darwin') return keys;
  return keys.replace(/Ctrl\+Alt\+Shift\+/g, '⌥⇧⌘').replace(/Ctrl\+Alt\+/g, '⌥⌘').replace(/Shift\+F10/g, '⇧F10').replace(/Ctrl\+/g, '⌘');
}

/**
 * The keyboard shortcuts dialog's content: every menu command that has keys on this platform,
 * by menu and in menu order, then the note body's own keys. Developer items never show.
 */
export function shortcutGroups(platform: CommandPlatform): ShortcutGroup[] {
  const menus = MENU_NAMES.map((menu) => ({
    title: MENU_LABELS[menu],
    rows: APP_COMMANDS.filter((command) => command.menu === menu && !('developerOnly' in command && command.developerOnly)).flatMap((command) => {
      const keys = shownKeys('accelerator' in command ? command.accelerator : undefined, platform);
      return keys ? [{ action: command.label.replace(/…$/, ''), keys }] : [];
    }),
  })).filter((group) => group.rows.length > 0);
  return [...menus, { title: 'In the note', rows: IN_THE_NOTE.map((row) => ({ ...row, keys: onPlatform(row.keys, platform) })) }];
}
