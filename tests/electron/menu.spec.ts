import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ensureElectronSqlite } from '../../scripts/rebuildSqliteForElectron.mjs';
import { ELECTRON_BINARY, NO_ELECTRON_REASON, PROJECT_ROOT, sayIfSkipped } from '../support/electronBinaryFound';

const root = PROJECT_ROOT;
const binary = ELECTRON_BINARY;
sayIfSkipped('Electron menu tests');

const launch = (dataDir: string) => electron.launch({ executablePath: binary!, args: [root], env: { ...process.env, BRIEFLINK_DATA_DIR: dataDir } });

async function ready(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
  return page;
}

/** Records in the page what the shell sends it, through the preload's functions (as the window's client listens). */
async function recordShellMessages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bridge = (window as unknown as { brieflink: Record<string, (listener: (value: unknown) => void) => void> }).brieflink;
    const record = (window as unknown as { shellMessages: unknown[] }).shellMessages = [] as unknown[];
    bridge.onMenuCommand((id) => record.push({ command: id }));
    bridge.onOpenedFile((file) => record.push({ file }));
  });
}

const shellMessages = (page: Page) => page.evaluate(() => (window as unknown as { shellMessages: unknown[] }).shellMessages);

/**
 * The application menu, the window's place and files from the desktop, in the real shell. Run where
 * the Electron binary is installed; skipped, with the reason, where it is not.
 */
test.describe('Electron menu, window state and desktop files', () => {
  test.skip(!binary, NO_ELECTRON_REASON);

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(300_000);
    const problem = ensureElectronSqlite(root);
    if (problem) throw new Error(`better-sqlite3 could not be built for Electron: ${problem}`);
  });

  test.beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-electron-menu-'));
    app = await launch(dataDir);
  });

  test.afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the app’s own menu replaces Electron’s default one, from the command list', async () => {
    await ready(app);
    const menu = await app.evaluate(({ Menu }) => {
      const items = Menu.getApplicationMenu()?.items ?? [];
      return items.map((item) => ({ label: item.label, items: item.submenu?.items.map((sub) => ({ id: sub.id, label: sub.label, role: sub.role, accelerator: sub.accelerator })) ?? [] }));
    });
    const labels = menu.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'Insert', 'Format', 'View', 'Help']));
    const file = menu.find((item) => item.label === 'File')!.items.filter((item) => item.label);
    expect(file.map((item) => item.label)).toEqual(expect.arrayContaining(['New note', 'Import into library…', 'Import a shared note…', 'Export PDF', 'Export DOCX', 'Print…', 'Share note…', 'Close window']));
    expect(file.find((item) => item.label === 'New note')?.accelerator).toBe('CmdOrCtrl+N');
    const edit = menu.find((item) => item.label === 'Edit')!.items;
    expect(edit.find((item) => item.label === 'Paste as plain text')?.role?.toLowerCase()).toBe('pasteandmatchstyle');
    // Started from source, not packaged: the developer items are there, under View.
    const view = menu.find((item) => item.label === 'View')!.items;
    expect(view.map((item) => item.role?.toLowerCase())).toContain('toggledevtools');
  });

  test('a window command chosen in the menu reaches the window by its id', async () => {
    const page = await ready(app);
    await recordShellMessages(page);
    await app.evaluate(({ Menu }) => {
      for (const id of ['format.bold', 'view.palette']) Menu.getApplicationMenu()?.getMenuItemById(id)?.click();
    });
    await expect.poll(() => shellMessages(page)).toEqual([{ command: 'format.bold' }, { command: 'view.palette' }]);
  });

  test('a second launch’s shared note is imported and the window told', async () => {
    const page = await ready(app);
    type Bridge = Record<string, (args: unknown) => Promise<{ value: { id: string } }>>;
    const note = await page.evaluate(async () => {
      const bridge = (window as unknown as { brieflink: Bridge }).brieflink;
      const created = await bridge['notes.create']({ templateId: 'decision-note' });
      return (await bridge['notes.open']({ id: created.value.id })).value;
    });
    // As a colleague's "Share note" writes it (the desktop's Share goes through a save dialog).
    const file = path.join(dataDir, 'From a colleague.brieflink-note.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'brieflink-shared-note', version: 1, exportedAt: new Date().toISOString(), note, sources: [] }));
    await recordShellMessages(page);
    await app.evaluate(({ app: electronApp }, args) => electronApp.emit('second-instance', {}, [process.execPath, '--some-switch', args.file], args.dir), { file, dir: dataDir });
    await expect.poll(async () => ((await shellMessages(page)) as { file?: { kind: string } }[]).map((message) => message.file?.kind)).toEqual(['sharedNote']);
  });

  test('the window opens where it was left', async () => {
    await ready(app);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((window) => window.isVisible())?.setBounds({ x: 40, y: 30, width: 1000, height: 700 }));
    await app.close();
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved.bounds).toMatchObject({ width: 1000, height: 700 });
    app = await launch(dataDir);
    await ready(app);
    const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((window) => window.isVisible())?.getBounds());
    expect(bounds).toMatchObject({ width: 1000, height: 700 });
  });
});
