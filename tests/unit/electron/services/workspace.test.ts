import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataDir, openWorkspace, resolveDataDir } from '../../../../electron/services/workspace';
import { makeTempDir, removeTempDir } from '../../../support/backendFixture';

describe('resolveDataDir', () => {
  it('uses BRIEFLINK_DATA_DIR from the given env when it is set', () => {
    expect(resolveDataDir('/fallback/dir', { BRIEFLINK_DATA_DIR: '/custom/brieflink' })).toBe(path.resolve('/custom/brieflink'));
  });

  it('trims whitespace around BRIEFLINK_DATA_DIR', () => {
    expect(resolveDataDir('/fallback/dir', { BRIEFLINK_DATA_DIR: '  /custom/trimmed  ' })).toBe(path.resolve('/custom/trimmed'));
  });

  it('resolves a relative BRIEFLINK_DATA_DIR against the current directory', () => {
    expect(resolveDataDir('/fallback/dir', { BRIEFLINK_DATA_DIR: 'relative/data' })).toBe(path.join(process.cwd(), 'relative', 'data'));
  });

  it('falls back when BRIEFLINK_DATA_DIR is not set', () => {
    expect(resolveDataDir('/fallback/dir', {})).toBe(path.resolve('/fallback/dir'));
  });

  it('falls back when BRIEFLINK_DATA_DIR is empty or only whitespace', () => {
    expect(resolveDataDir('/fallback/dir', { BRIEFLINK_DATA_DIR: '' })).toBe(path.resolve('/fallback/dir'));
    expect(resolveDataDir('/fallback/dir', { BRIEFLINK_DATA_DIR: '   ' })).toBe(path.resolve('/fallback/dir'));
  });
});

describe('defaultDataDir', () => {
  const home = os.homedir();

  it('uses %APPDATA%\\Brieflink on Windows', () => {
    expect(defaultDataDir({ APPDATA: '/users/ann/AppData/Roaming' }, 'win32')).toBe(
      path.join('/users/ann/AppData/Roaming', 'Brieflink'),
    );
  });

  it('uses AppData/Roaming under the home folder on Windows when APPDATA is missing', () => {
    expect(defaultDataDir({}, 'win32')).toBe(path.join(home, 'AppData', 'Roaming', 'Brieflink'));
  });

  it('uses ~/Library/Application Support/Brieflink on macOS, ignoring XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'darwin')).toBe(
      path.join(home, 'Library', 'Application Support', 'Brieflink'),
    );
  });

  it('uses $XDG_CONFIG_HOME/Brieflink on Linux when XDG_CONFIG_HOME is set', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg/config' }, 'linux')).toBe(path.join('/xdg/config', 'Brieflink'));
  });

  it('uses ~/.config/Brieflink on Linux when XDG_CONFIG_HOME is not set', () => {
    expect(defaultDataDir({}, 'linux')).toBe(path.join(home, '.config', 'Brieflink'));
  });
});

describe('openWorkspace', () => {
  let temp: string;
  beforeEach(() => {
    temp = makeTempDir('brieflink-workspace-');
  });
  afterEach(() => removeTempDir(temp));

  it('creates the root and the notes, trash, templates and backups folders', () => {
    const root = path.join(temp, 'nested', 'data');
    const workspace = openWorkspace(root);
    expect(workspace).toEqual({
      root,
      notesDir: path.join(root, 'notes'),
      trashDir: path.join(root, 'trash'),
      userTemplatesDir: path.join(root, 'templates'),
      backupsDir: path.join(root, 'backups'),
      libraryFile: path.join(root, 'library.db'),
      settingsFile: path.join(root, 'settings.json'),
    });
    for (const dir of [root, workspace.notesDir, workspace.trashDir, workspace.userTemplatesDir, workspace.backupsDir]) {
      expect(fs.statSync(dir).isDirectory(), dir).toBe(true);
    }
    expect(fs.readdirSync(root).sort()).toEqual(['backups', 'notes', 'templates', 'trash']);
    // Files are only named, not created.
    expect(fs.existsSync(workspace.libraryFile)).toBe(false);
    expect(fs.existsSync(workspace.settingsFile)).toBe(false);
  });

  it('is idempotent and keeps files already in the workspace', () => {
    const first = openWorkspace(temp);
    fs.writeFileSync(path.join(first.notesDir, 'kept.note.json'), 'keep me');
    const second = openWorkspace(temp);
    expect(second).toEqual(first);
    expect(fs.readFileSync(path.join(second.notesDir, 'kept.note.json'), 'utf8')).toBe('keep me');
  });
});
