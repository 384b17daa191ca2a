import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../../scripts/electronBinary.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const binary = electronBinary(root);
const SKIP_REASON = 'skipped: Electron binary not installed (node node_modules/electron/install.js installs it)';
// The list reporter does not print skip reasons; say it once, plainly, in the test output.
if (!binary) console.log(`Electron shell tests ${SKIP_REASON}`);

/**
 * The desktop shell itself. These run wherever the Electron binary is installed; on
 * machines without it (it is downloaded from GitHub at install time) they are skipped.
 */
test.describe('Electron shell', () => {
  test.skip(!binary, SKIP_REASON);

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-electron-'));
    app = await electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...process.env, BRIEFLINK_DATA_DIR: dataDir },
    });
  });

  test.afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the window is served from the app protocol and sees no Node or raw IPC', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
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

  test('navigation away and new windows are refused', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('brieflink://app/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  test('a malformed call through the preload is refused with a typed error', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
    const answer = await page.evaluate(() =>
      (window as unknown as { brieflink: Record<string, (args: unknown) => Promise<unknown>> }).brieflink['notes.open']({ id: '../../etc/passwd' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  });

  test('a decision note can be created and autosaved in the desktop app', async () => {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note' }).click();
    await page.getByLabel('Subject', { exact: true }).fill('Desktop note');
    await expect(page.getByText('All changes saved')).toBeVisible();
    const files = fs.readdirSync(path.join(dataDir, 'notes'));
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, 'notes', files[0]), 'utf8')).toContain('Desktop note');
  });
});
