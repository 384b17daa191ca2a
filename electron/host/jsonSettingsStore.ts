import fs from 'node:fs';
import { DEFAULT_SETTINGS, type Settings, type SettingsNotice } from '../../common/settings';
import { storageProblemOf } from '../../common/storageErrors';
import { writeFileAtomic } from '../services/atomicWrite';
import type { SettingsStore } from '../services/ports/settingsStore';
import { recoverSettings } from '../services/settings/recoverSettings';

/** Preferences as a JSON file in the workspace, used by the browser host. */
export function createJsonSettingsStore(file: string, backupsDir: string): SettingsStore {
  let current: Settings = DEFAULT_SETTINGS;
  let notice: SettingsNotice | null = null;

  if (fs.existsSync(file)) {
    let raw: unknown;
    let reason: string | undefined;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      reason = 'it is not valid JSON';
    }
    const recovered = recoverSettings(raw, file, backupsDir, reason);
    current = recovered.settings;
    notice = recovered.notice;
    if (notice) {
      try {
        writeFileAtomic(file, JSON.stringify(current, null, 2));
      } catch (error) {
        // A read-only workspace: the defaults are used in memory and the file stays as it was.
        if (!storageProblemOf(error)) throw error;
      }
    }
  }

  return {
    read: () => current,
    write(settings) {
      writeFileAtomic(file, JSON.stringify(settings, null, 2));
      current = settings;
    },
    get notice() {
      return notice;
    },
  };
}
