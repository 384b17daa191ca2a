import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../common/dispatch';
import { startBackend, type Backend } from '../../../../electron/services/bootstrap';
import { createJsonSettingsStore } from '../../../../electron/host/jsonSettingsStore';
import { deliverAsDownload } from '../../../../electron/host/deliverAsDownload';
import { sqliteForElectron } from '../../../../electron/shell/sqliteForElectron';
import {
  ELECTRON_SQLITE_BINDING,
  electronSqliteRebuildReason,
  electronSqliteState,
  wantedElectronSqlite,
  writeElectronSqliteStamp,
} from '../../../../scripts/electronSqlite.mjs';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir } from '../../../support/backendFixture';

const wanted = { electron: '45.5.0', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' };

/** A checkout with the two packages installed (their package.json only) and, if asked, a built binding. */
function checkout(options: { electron?: string; binding?: boolean } = {}): string {
  const root = makeTempDir('brieflink-checkout-');
  for (const [name, version] of [
    ['electron', options.electron ?? '45.5.0'],
    ['better-sqlite3', '12.11.1'],
  ]) {
    fs.mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  if (options.binding) {
    fs.mkdirSync(path.join(root, path.dirname(ELECTRON_SQLITE_BINDING)), { recursive: true });
    fs.writeFileSync(path.join(root, ELECTRON_SQLITE_BINDING), 'binary');
  }
  return root;
}

describe('the decision to build better-sqlite3 for Electron', () => {
  it('builds when there is no build, or one without a stamp', () => {
    expect(electronSqliteRebuildReason({ bindingExists: false, stamp: wanted, wanted })).toMatch(/not been built/);
    expect(electronSqliteRebuildReason({ bindingExists: true, stamp: null, wanted })).toMatch(/does not say/);
  });

  it('builds again for another Electron, better-sqlite3, platform or architecture', () => {
    expect(electronSqliteRebuildReason({ bindingExists: true, stamp: { ...wanted, electron: '44.0.0' }, wanted })).toBe(
      'it was built for Electron 44.0.0, this is 45.5.0',
    );
    expect(electronSqliteRebuildReason({ bindingExists: true, stamp: { ...wanted, betterSqlite3: '12.0.0' }, wanted })).toMatch(/better-sqlite3 12\.0\.0/);
    expect(electronSqliteRebuildReason({ bindingExists: true, stamp: { ...wanted, platform: 'win32' }, wanted })).toMatch(/platform win32/);
    expect(electronSqliteRebuildReason({ bindingExists: true, stamp: { ...wanted, arch: 'arm64' }, wanted })).toMatch(/architecture arm64/);
  });

  it('keeps a build made for this Electron', () => {
    expect(electronSqliteRebuildReason({ bindingExists: true, stamp: { ...wanted }, wanted })).toBeNull();
  });

  describe('in a checkout', () => {
    let root: string | undefined;
    afterEach(() => removeTempDir(root));

    it('reads the installed versions and the stamp the rebuild script writes', () => {
      root = checkout({ binding: true });
      expect(electronSqliteState(root)).toMatch(/does not say/);
      writeElectronSqliteStamp(root, wantedElectronSqlite(root));
      expect(electronSqliteState(root)).toBeNull();
      // An Electron update makes the build stale.
      fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '46.0.0' }));
      expect(electronSqliteState(root)).toMatch(/built for Electron 45\.5\.0, this is 46\.0\.0/);
    });

    it('the desktop app loads the build only when it fits the running Electron, and says otherwise how to make it', () => {
      root = checkout({ binding: true });
      writeElectronSqliteStamp(root, wantedElectronSqlite(root));
      expect(sqliteForElectron(root, '45.5.0')).toEqual({ binding: path.join(root, ELECTRON_SQLITE_BINDING) });
      const stale = sqliteForElectron(root, '46.0.0');
      expect(stale.binding).toBeUndefined();
      expect(stale.unavailable).toMatch(/better-sqlite3 built for Electron 46\.0\.0, and it was built for Electron 45\.5\.0/);
      expect(stale.unavailable).toMatch(/npm run rebuild:electron/);
      removeTempDir(root);
      root = checkout();
      expect(sqliteForElectron(root, '45.5.0').unavailable).toMatch(/it has not been built yet/);
    });
  });
});

describe('the back end when the library cannot load in the desktop app', () => {
  let dataDir: string | undefined;
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    removeTempDir(dataDir);
  });

  it('the window is told why and what to run, notes still work, and library.db is not touched', async () => {
    dataDir = makeTempDir('brieflink-no-sqlite-');
    const root = checkout();
    const { unavailable } = sqliteForElectron(root, '45.5.0');
    removeTempDir(root);
    const logs: string[] = [];
    backend = startBackend({
      host: 'electron',
      version: '0.0.0-test',
      dataDir,
      builtInTemplatesDir: BUILT_IN_TEMPLATES_DIR,
      openSettings: (workspace) => createJsonSettingsStore(workspace.settingsFile, workspace.backupsDir),
      printer: { print: async () => new Uint8Array(), close: async () => {} },
      deliverFile: deliverAsDownload,
      sqliteUnavailable: unavailable,
      log: (message) => logs.push(message),
    });
    const search = await dispatch(backend.handlers, 'library.search', { query: '' });
    expect(search).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNAVAILABLE' } });
    if (!search.ok) {
      expect(search.error.message).toBe(`The library could not be opened: ${unavailable}`);
      expect(search.error.message).not.toMatch(/NODE_MODULE_VERSION|npm rebuild /);
    }
    expect(logs).toContain(`The library could not be opened: ${unavailable}`);
    expect(fs.existsSync(path.join(dataDir, 'library.db'))).toBe(false);
    const created = await dispatch(backend.handlers, 'notes.create', { templateId: 'decision-note' });
    expect(created.ok).toBe(true);
  });
});
