import { z } from 'zod';
import { noteLanguageSchema } from './noteLanguageFormat';

/** User preferences. Every key has a default, so a missing or partial file is never an error. */
export const settingsSchema = z.object({
  author: z
    .object({
      name: z.string().max(200).default(''),
      organisation: z.string().max(200).default(''),
      /** Who comments: initials shown beside a comment, and the office or role. */
      initials: z.string().max(10).default(''),
      office: z.string().max(200).default(''),
    })
    .prefault({}),
  defaultTemplateId: z.string().max(64).default('decision-note'),
  paper: z.enum(['A4', 'Letter']).default('A4'),
  /** The language of a new note. */
  defaultLanguage: noteLanguageSchema.default('en-CA'),
  recentNoteIds: z.array(z.string().max(64)).max(20).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** A partial update from the renderer; only known keys are accepted. */
export const settingsPatchSchema = z
  .object({
    author: z.object({ name: z.string().max(200), organisation: z.string().max(200), initials: z.string().max(10), office: z.string().max(200) }).partial(),
    defaultTemplateId: z.string().max(64),
    paper: z.enum(['A4', 'Letter']),
    defaultLanguage: noteLanguageSchema,
    recentNoteIds: z.array(z.string().max(64)).max(20),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({ ...current, ...patch, author: { ...current.author, ...patch.author } });
}

/** Shown once to the user when the settings file could not be read and was replaced. */
export const settingsNoticeSchema = z.object({ message: z.string(), backupFileName: z.string() });
export type SettingsNotice = z.infer<typeof settingsNoticeSchema>;
