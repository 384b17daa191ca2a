import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ensureElectronSqlite } from '../../scripts/rebuildSqliteForElectron.mjs';
import { ELECTRON_BINARY, NO_ELECTRON_REASON, PROJECT_ROOT, sayIfSkipped } from '../support/electronBinaryFound';

const root = PROJECT_ROOT;
const binary = ELECTRON_BINARY;
sayIfSkipped('Electron shell tests');

type Bridge = Record<string, (args: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>>;

/**
 * Starts the desktop app on its own data folder, with shell.openExternal replaced inside
 * the app by a recorder: a test never opens the developer's browser, and can see what would
 * have been opened.
 */
async function launch(dataDir: string): Promise<ElectronApplication> {
  const app = await electron.launch({ executablePath: binary!, args: [root], env: { ...process.env, BRIEFLINK_DATA_DIR: dataDir } });
  const replaced = await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    const record = async (url: string) => {
      opened.push(url);
    };
    shell.openExternal = record;
    (globalThis as { openedExternally?: string[] }).openedExternally = opened;
    return shell.openExternal === record;
  });
  // Stop here rather than let a refused navigation reach the real browser.
  if (!replaced) throw new Error('shell.openExternal could not be replaced in the app');
  return app;
}

const openedExternally = (app: ElectronApplication) => app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally ?? []);

async function ready(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
  return page;
}

const call = (page: Page, method: string, args: unknown) =>
  page.evaluate(([name, value]) => (window as unknown as { brieflink: Bridge }).brieflink[name as string](value), [method, args] as const);

/**
 * The desktop shell itself. These run wherever the Electron binary is installed, also beside
 * a running Brieflink (each app has its own data folder, so its own single-instance lock); on
 * machines without the binary (it is downloaded from GitHub at install time) they are skipped.
 */
test.describe('Electron shell', () => {
  test.skip(!binary, NO_ELECTRON_REASON);

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeAll(async ({}, testInfo) => {
    // As `npm start` does: the library needs better-sqlite3 built for Electron (about a minute, once).
    testInfo.setTimeout(300_000);
    const problem = ensureElectronSqlite(root);
    if (problem) throw new Error(`better-sqlite3 could not be built for Electron: ${problem}`);
  });

  test.beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-electron-'));
    app = await launch(dataDir);
  });

  test.afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the window is served from the app protocol and sees no Node or raw IPC', async () => {
    const page = await ready(app);
    expect(page.url()).toBe('brieflink://app/index.html');
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
      methods: Object.keys((window as unknown as { brieflink: object }).brieflink).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.ipcRenderer).toBe('undefined');
    expect(exposed.methods).toContain('notes.save');
  });

  test('navigation away and new windows are refused, and the address goes to the browser instead', async () => {
    const page = await ready(app);
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.org/next';
    });
    await expect.poll(() => openedExternally(app)).toEqual(['https://example.org/', 'https://example.org/next']);
    expect(page.url()).toBe('brieflink://app/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  test('a malformed call through the preload is refused with a typed error', async () => {
    const page = await ready(app);
    expect(await call(page, 'notes.open', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  });

  test('a decision note can be created and autosaved in the desktop app', async () => {
    const page = await ready(app);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
    await page.getByLabel('Subject', { exact: true }).fill('Desktop note');
    await expect(page.getByText('All changes saved')).toBeVisible();
    const files = fs.readdirSync(path.join(dataDir, 'notes'));
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, 'notes', files[0]), 'utf8')).toContain('Desktop note');
  });

  test('the library opens in the desktop app (better-sqlite3 built for Electron is loaded)', async () => {
    const page = await ready(app);
    const search = await call(page, 'library.search', { query: '' });
    expect(search).toMatchObject({ ok: true });
    expect((search.value as unknown[]).length).toBeGreaterThan(0);
    await expect(page.getByRole('complementary', { name: 'Library' }).getByRole('alert')).toHaveCount(0);
  });

  test('the data folder is BRIEFLINK_DATA_DIR, and an app on another folder runs beside this one', async () => {
    await ready(app);
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(path.resolve(dataDir));
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-electron-other-'));
    const other = await launch(otherDir);
    try {
      await ready(other);
      expect(fs.existsSync(path.join(otherDir, 'notes'))).toBe(true);
    } finally {
      await other.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  test('page counts and exports share one hidden print window', async () => {
    const page = await ready(app);
    const created = await call(page, 'notes.create', { templateId: 'decision-note' });
    const { id } = created.value as { id: string };
    for (let count = 0; count < 3; count++) {
      expect(await call(page, 'notes.pageCount', { id })).toMatchObject({ ok: true, value: { pageCount: expect.any(Number) } });
    }
    expect(await call(page, 'export.preview', { noteId: id })).toMatchObject({ ok: true, value: { pageCount: expect.any(Number) } });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
  });
});
