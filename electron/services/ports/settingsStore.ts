import type { Settings, SettingsNotice } from '../../../common/settings';

/**
 * Where preferences live: electron-store in the desktop shell, a JSON file in the browser
 * host. Both validate with the same schema and recover the same way from a bad file.
 */
export interface SettingsStore {
  read(): Settings;
  write(settings: Settings): void;
  /** Set when the stored file could not be read at start-up and was replaced by defaults. */
  readonly notice: SettingsNotice | null;
}
