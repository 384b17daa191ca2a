import { describe, expect, it } from 'vitest';
import {
  acceleratorOn,
  APP_COMMANDS,
  commandsFor,
  isWindowCommandId,
  normalisedKeys,
  shownKeys,
  type AppCommand,
  type CommandPlatform,
} from '../../../common/commands';
import { SHORTCUTS } from '../../../renderer/editor/plugins/ShortcutsPlugin';

const PLATFORMS: CommandPlatform[] = ['darwin', 'win32', 'linux'];
const commands: readonly AppCommand[] = APP_COMMANDS;
const byLabel = (label: string) => commands.find((command) => command.label === label);

/** The editor spells its keys as aria-keyshortcuts does, "Control" standing for Command on macOS. */
const editorKeysAsAccelerator = (keys: string) => keys.replace(/^Control\+/, 'CmdOrCtrl+');

/** The editor's own shortcuts, and Lexical's built-in ones, by the command that does the same. */
const SAME_AS_EDITOR: Record<string, string> = {
  'format.strikethrough': 'Strikethrough',
  'format.paragraph': 'Paragraph',
  'format.heading': 'Heading',
  'format.subheading': 'Subheading',
  'format.numberedList': 'Numbered list',
  'format.bulletedList': 'Bulleted list',
  'format.quote': 'Quote',
  'format.indent': 'Indent',
  'format.outdent': 'Outdent',
  'insert.link': 'Link',
  'format.clear': 'Clear formatting',
  'insert.pageBreak': 'Page break',
  'insert.table': 'Insert table',
  'insert.horizontalLine': 'Horizontal line',
  'edit.find': 'Find',
  'edit.replace': 'Find and replace',
};
const LEXICAL_BUILT_IN: Record<string, string> = { 'format.bold': 'CmdOrCtrl+B', 'format.italic': 'CmdOrCtrl+I', 'format.underline': 'CmdOrCtrl+U', 'edit.undo': 'CmdOrCtrl+Z' };

describe('the command list', () => {
  it('has every item issue 23 lists in File and Edit, in that order', () => {
    const labels = (menu: string) => commands.filter((command) => command.menu === menu).map((command) => command.label);
    expect(labels('file')).toEqual(['New note', 'Import into library…', 'Import a shared note…', 'Export PDF', 'Export DOCX', 'Print…', 'Share note…', 'Close window', 'Quit']);
    expect(labels('edit')).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Paste as plain text', 'Select all', 'Find', 'Replace']);
    expect(labels('view')).toEqual(expect.arrayContaining(['Notes panel', 'Library panel', 'Zoom in', 'Zoom out', 'Actual size', 'Full screen']));
    expect(labels('help')).toEqual(expect.arrayContaining(['Keyboard shortcuts', 'About Brieflink', 'Open the data folder']));
    expect(labels('format')).toEqual(expect.arrayContaining(['Bold', 'Italic', 'Underline', 'Heading', 'Bulleted list', 'Numbered list', 'Clear formatting']));
    expect(labels('insert')).toEqual(expect.arrayContaining(['Table', 'Link…', 'Snippet from the library…']));
  });

  it('gives each command its own id', () => {
    const ids = commands.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PLATFORMS)('gives no two commands the same keys on %s', (platform) => {
    const seen = new Map<string, string>();
    for (const command of commands) {
      const keys = acceleratorOn(command.accelerator, platform);
      if (!keys) continue;
      const normal = normalisedKeys(keys, platform);
      expect(seen.get(normal), `${command.id} and ${seen.get(normal)} both use ${normal}`).toBeUndefined();
      seen.set(normal, command.id);
    }
    expect(seen.size).toBeGreaterThan(30);
  });

  it('uses the editor’s own keys for what the editor already does, so the menu names the shortcut that works', () => {
    for (const [id, label] of Object.entries(SAME_AS_EDITOR)) {
      const shortcut = SHORTCUTS.find((candidate) => candidate.label === label);
      expect(shortcut, label).toBeDefined();
      const command = commands.find((candidate) => candidate.id === id)!;
      // Where macOS keeps those keys for itself (Cmd+H hides the app), the Mac menu differs; elsewhere they agree.
      expect(acceleratorOn(command.accelerator, 'linux')!.replace(/^Ctrl\+/, 'CmdOrCtrl+'), id).toBe(editorKeysAsAccelerator(shortcut!.keys));
    }
    for (const [id, keys] of Object.entries(LEXICAL_BUILT_IN)) expect(commands.find((command) => command.id === id)?.accelerator).toBe(keys);
    // Those are exactly the commands marked as handled in the editor (the menu then shows their keys without taking them).
    const marked = commands.filter((command) => command.keysInEditor).map((command) => command.id);
    const editorRoles = ['edit.undo'];
    expect(marked.sort()).toEqual([...Object.keys(SAME_AS_EDITOR), ...Object.keys(LEXICAL_BUILT_IN)].filter((id) => !editorRoles.includes(id)).sort());
  });

  it('never gives a command keys the editor uses for something else', () => {
    const editorKeys = new Map(SHORTCUTS.map((shortcut) => [normalisedKeys(editorKeysAsAccelerator(shortcut.keys), 'linux'), shortcut.label]));
    const sameAction = new Set(Object.values(SAME_AS_EDITOR));
    for (const command of commands) {
      const keys = acceleratorOn(command.accelerator, 'linux');
      const editorLabel = keys ? editorKeys.get(normalisedKeys(keys, 'linux')) : undefined;
      if (editorLabel) expect(sameAction.has(editorLabel) && SAME_AS_EDITOR[command.id] === editorLabel, `${command.id} takes ${keys} from ${editorLabel}`).toBe(true);
    }
  });

  it('hands the clipboard, undo, zoom and full screen to Electron’s roles, so they act natively', () => {
    const roles = Object.fromEntries(commands.flatMap((command) => (command.handledBy === 'role' ? [[command.id, command.role]] : [])));
    expect(roles).toMatchObject({
      'edit.undo': 'undo',
      'edit.redo': 'redo',
      'edit.cut': 'cut',
      'edit.copy': 'copy',
      'edit.paste': 'paste',
      'edit.pastePlain': 'pasteAndMatchStyle',
      'edit.selectAll': 'selectAll',
      'view.zoomIn': 'zoomIn',
      'view.zoomOut': 'zoomOut',
      'view.resetZoom': 'resetZoom',
      'view.fullScreen': 'togglefullscreen',
    });
  });

  it('leaves the developer items out of a packaged build', () => {
    const developer = ['view.reload', 'view.forceReload', 'view.devTools'];
    expect(commandsFor(false).map((command) => command.id)).toEqual(expect.arrayContaining(developer));
    expect(commandsFor(true).map((command) => command.id)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^view\.(reload|forceReload|devTools)$/)]));
    expect(commandsFor(true).filter((command) => command.developerOnly)).toEqual([]);
    expect(commandsFor(true)).toHaveLength(commands.length - developer.length);
  });

  it('lets only window commands cross to the window', () => {
    expect(isWindowCommandId('format.bold')).toBe(true);
    expect(isWindowCommandId('view.palette')).toBe(true);
    expect(isWindowCommandId('edit.undo')).toBe(false); // a role: Electron does it
    expect(isWindowCommandId('help.openDataFolder')).toBe(false); // the shell does it
    expect(isWindowCommandId('format.bold ')).toBe(false);
    expect(isWindowCommandId({ toString: () => 'format.bold' })).toBe(false);
    expect(isWindowCommandId(undefined)).toBe(false);
  });

  it('shows the keys as each platform writes them', () => {
    const palette = byLabel('Command palette…')!.accelerator;
    expect(shownKeys(palette, 'darwin')).toBe('⇧⌘P');
    expect(shownKeys(palette, 'linux')).toBe('Ctrl+Shift+P');
    expect(shownKeys(palette, 'win32')).toBe('Ctrl+Shift+P');
    expect(shownKeys(byLabel('Redo')!.accelerator, 'darwin')).toBe('⇧⌘Z');
    expect(shownKeys(byLabel('Redo')!.accelerator, 'win32')).toBe('Ctrl+Y');
    expect(shownKeys(byLabel('Table')!.accelerator, 'darwin')).toBe('⌥⌘T');
    expect(shownKeys(byLabel('Table')!.accelerator, 'linux')).toBe('Ctrl+Alt+T');
    expect(shownKeys(byLabel('Full screen')!.accelerator, 'darwin')).toBe('⌃⌘F');
    expect(shownKeys(byLabel('Full screen')!.accelerator, 'linux')).toBe('F11');
    expect(shownKeys(byLabel('Horizontal line')!.accelerator, 'darwin')).toBeUndefined();
    expect(shownKeys(byLabel('Open the data folder')!.accelerator, 'linux')).toBeUndefined();
    expect(shownKeys('CmdOrCtrl+Plus', 'linux')).toBe('Ctrl+Plus');
  });

  it('compares keys however Electron lets them be spelt', () => {
    expect(normalisedKeys('Shift+CommandOrControl+z', 'linux')).toBe(normalisedKeys('Ctrl+Shift+Z', 'linux'));
    expect(normalisedKeys('Command+Option+h', 'darwin')).toBe(normalisedKeys('Alt+Cmd+H', 'darwin'));
    expect(normalisedKeys('CmdOrCtrl+H', 'darwin')).not.toBe(normalisedKeys('Ctrl+H', 'darwin'));
  });
});
