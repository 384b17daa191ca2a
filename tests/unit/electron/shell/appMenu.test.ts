import { describe, expect, it } from 'vitest';
import { commandsFor, normalisedKeys, type CommandPlatform } from '../../../../common/commands';
import { buildMenuTemplate, installAppMenu } from '../../../../electron/shell/appMenu';

type Item = ReturnType<typeof buildMenuTemplate>[number];

function build(platform: CommandPlatform, packaged: boolean) {
  const sent: string[] = [];
  const inShell: string[] = [];
  const template = buildMenuTemplate(commandsFor(packaged), {
    platform,
    appName: 'Brieflink',
    send: (id) => sent.push(id),
    runInShell: (id) => inShell.push(id),
  });
  return { template, sent, inShell };
}

const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? (item.submenu as Item[]) : []);
const menu = (template: Item[], label: string) => template.find((item) => item.label === label);
const labels = (items: Item[]) => items.map((item) => (item.type === 'separator' ? '—' : (item.label ?? item.role)));
const everyItem = (items: Item[]): Item[] => items.flatMap((item) => [item, ...everyItem(submenu(item))]);
const click = (item: Item) => (item.click as unknown as () => void)();

describe('the application menu', () => {
  it('has File, Edit, Insert, Format, View and Help, with the File and Edit items of issue 23 (Windows and Linux)', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template } = build(platform, true);
      expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'Insert', 'Format', 'View', 'Help']);
      expect(labels(submenu(menu(template, 'File')))).toEqual([
        'New note',
        '—',
        'Import into library…',
        'Import a shared note…',
        '—',
        'Export PDF',
        'Export DOCX',
        'Print…',
        'Share note…',
        '—',
        'Close window',
        'Quit',
      ]);
      expect(labels(submenu(menu(template, 'Edit')))).toEqual(['Undo', 'Redo', '—', 'Cut', 'Copy', 'Paste', 'Paste as plain text', 'Select all', '—', 'Find', 'Replace']);
      expect(labels(submenu(menu(template, 'Help')))).toEqual(['Keyboard shortcuts', '—', 'Open the data folder', 'About Brieflink']);
    }
  });

  it('puts the accelerators on the items, per platform', () => {
    const item = (template: Item[], id: string) => everyItem(template).find((candidate) => candidate.id === id);
    const linux = build('linux', true).template;
    const mac = build('darwin', true).template;
    expect(item(linux, 'note.new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(item(linux, 'view.palette')?.accelerator).toBe('CmdOrCtrl+Shift+P');
    expect(item(linux, 'edit.redo')).toMatchObject({ role: 'redo', accelerator: 'Ctrl+Y' });
    expect(item(mac, 'edit.redo')).toMatchObject({ role: 'redo', accelerator: 'Shift+Cmd+Z' });
    expect(item(linux, 'edit.replace')?.accelerator).toBe('Ctrl+H');
    expect(item(mac, 'edit.replace')?.accelerator).toBe('Alt+Cmd+F');
    expect(item(linux, 'view.fullScreen')).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' });
    // No accelerator where macOS keeps the keys (Option+Cmd+H hides the other apps).
    expect(item(mac, 'insert.horizontalLine')).not.toHaveProperty('accelerator');
    expect(item(linux, 'help.openDataFolder')).not.toHaveProperty('accelerator');
  });

  it('shows the keys the editor handles itself without taking them, and takes the app’s own', () => {
    const items = everyItem(build('linux', true).template);
    const item = (id: string) => items.find((candidate) => candidate.id === id)!;
    for (const id of ['format.bold', 'format.heading', 'edit.find', 'edit.replace', 'insert.table', 'insert.link', 'format.clear']) {
      expect(item(id), id).toMatchObject({ accelerator: expect.any(String), registerAccelerator: false });
    }
    for (const id of ['note.new', 'note.exportPdf', 'view.palette', 'insert.fromLibrary', 'help.shortcuts']) {
      expect(item(id), id).toMatchObject({ accelerator: expect.any(String) });
      expect(item(id), id).not.toHaveProperty('registerAccelerator');
    }
    // Roles are Electron's own and always take their keys.
    expect(item('edit.undo')).not.toHaveProperty('registerAccelerator');
  });

  it.each(['darwin', 'win32', 'linux'] as const)('uses no keys twice on %s, the macOS app menu included', (platform) => {
    const keys = everyItem(build(platform, false).template)
      .filter((item) => typeof item.accelerator === 'string')
      .map((item) => normalisedKeys(item.accelerator as string, platform));
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('a window command’s click sends its id to the window, and does nothing else', () => {
    const { template, sent, inShell } = build('linux', true);
    const items = everyItem(template);
    click(items.find((item) => item.label === 'Export PDF')!);
    click(items.find((item) => item.label === 'Bold')!);
    click(items.find((item) => item.label === 'Command palette…')!);
    expect(sent).toEqual(['note.exportPdf', 'format.bold', 'view.palette']);
    expect(inShell).toEqual([]);
    // Every item with a click is a window command or a shell command; roles act on their own.
    for (const item of items.filter((candidate) => candidate.role)) expect(item.click).toBeUndefined();
  });

  it('"Open the data folder" is done by the shell, not sent to the window', () => {
    const { template, sent, inShell } = build('win32', true);
    click(everyItem(template).find((item) => item.label === 'Open the data folder')!);
    expect(inShell).toEqual(['help.openDataFolder']);
    expect(sent).toEqual([]);
  });

  it('has no developer items in a packaged build, and has them under View in development', () => {
    const roles = (template: Item[]) => everyItem(template).map((item) => item.role);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(build(platform, true).template)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
      expect(roles(build(platform, true).template)).not.toContain('forceReload');
      expect(roles(build(platform, true).template)).not.toContain('reload');
      const view = submenu(menu(build(platform, false).template, 'View'));
      expect(view.map((item) => item.role)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    }
  });

  it('on macOS starts with the app menu (About, Hide, Quit) and keeps About and Quit out of Help and File', () => {
    const { template } = build('darwin', true);
    expect(template.map((item) => item.label ?? item.role)).toEqual(['Brieflink', 'File', 'Edit', 'Insert', 'Format', 'View', 'windowMenu', 'Help']);
    const appMenu = submenu(template[0]);
    expect(appMenu.map((item) => item.role ?? item.type)).toEqual(['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    expect(labels(submenu(menu(template, 'File')))).not.toContain('Quit');
    expect(labels(submenu(menu(template, 'Help')))).not.toContain('About Brieflink');
    expect(menu(template, 'Help')?.role).toBe('help');
  });

  it('installs the template as the application menu, replacing Electron’s default', () => {
    const calls: string[] = [];
    const { template } = build('linux', true);
    const built = installAppMenu(
      {
        buildFromTemplate: (items) => (calls.push(`build ${items.length}`), { items }),
        setApplicationMenu: (installed) => calls.push(`set ${installed?.items === template}`),
      },
      template,
    );
    expect(calls).toEqual(['build 6', 'set true']);
    expect(built.items).toBe(template);
  });
});
