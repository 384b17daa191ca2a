import fs from 'node:fs';
import path from 'node:path';
import Store from 'electron-store';
import type { Settings, SettingsNotice } from '../../common/settings';
import { recoverSettings } from '../services/settings/recoverSettings';
import type { SettingsStore } from '../services/ports/settingsStore';
import type { Workspace } from '../services/workspace';

/**
 * Preferences through electron-store, in the same settings.json the browser host uses.
 * electron-store throws on a corrupt file (clearInvalidConfig is off, so nothing is
 * discarded silently): the file is backed up, replaced by defaults, and the user told.
 */
export function createElectronSettingsStore(workspace: Workspace): SettingsStore {
  const file = path.join(workspace.root, 'settings.json');
  const open = () => new Store<Record<string, unknown>>({ cwd: workspace.root, name: 'settings', clearInvalidConfig: false });

  let store: Store<Record<string, unknown>>;
  let notice: SettingsNotice | null = null;
  let current: Settings;
  try {
    store = open();
    const recovered = recoverSettings(store.store, file, workspace.backupsDir);
    current = recovered.settings;
    notice = recovered.notice;
  } catch {
    const recovered = recoverSettings(undefined, file, workspace.backupsDir, 'it is not valid JSON');
    fs.rmSync(file, { force: true });
    store = open();
    current = recovered.settings;
    notice = recovered.notice;
  }
  if (notice) store.store = current;

  return {
    read: () => current,
    write(settings) {
      store.store = settings;
      current = settings;
    },
    get notice() {
      return notice;
    },
  };
}
