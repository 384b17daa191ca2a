import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsNotice } from '../../../common/settings';
import { storageProblemOf, storageReason } from '../../../common/storageErrors';
import { fileStamp } from '../atomicWrite';

/**
 * Validates raw stored preferences. Invalid values are not trusted: the file is copied to
 * the backups folder, defaults take its place, and the user is told where the copy is.
 * Keys this version does not know are dropped (they cannot be shown or used here). Returns the settings to use and, if recovery happened, the notice to show.
 */
export function recoverSettings(
  raw: unknown,
  file: string,
  backupsDir: string,
  reason?: string,
): { settings: Settings; notice: SettingsNotice | null } {
  if (reason === undefined) {
    const parsed = settingsSchema.safeParse(raw);
    if (parsed.success) return { settings: parsed.data, notice: null };
    reason = 'it holds values Brieflink does not understand';
  }
  const backupFileName = `settings-${fileStamp()}.json`;
  let kept: string;
  try {
    fs.mkdirSync(backupsDir, { recursive: true });
    fs.copyFileSync(file, path.join(backupsDir, backupFileName));
    kept = `A copy of the old file was kept as backups/${backupFileName}.`;
  } catch (error) {
    // A read-only workspace: no copy can be made, and the old file is not replaced either.
    const problem = storageProblemOf(error);
    if (!problem) throw error;
    kept = `The old file was left as it is (no copy could be made: ${storageReason(problem)}).`;
  }
  return {
    settings: DEFAULT_SETTINGS,
    notice: {
      message: `Your settings file could not be read (${reason}), so default settings are in use. ${kept}`,
      backupFileName,
    },
  };
}
