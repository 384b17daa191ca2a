/**
 * The language a note is written in, which decides how dates show in its form and print. The
 * note file will carry it as `language` (en-CA, en-GB, en-US, en-AU, fr-CA, fr-FR); notes
 * written before it have none and are taken to be in Canadian English.
 */
export const DEFAULT_NOTE_LANGUAGE = 'en-CA';

/** A language tag of the shape the notes use ("en-CA", "fr"); anything else is not trusted. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

export function noteLanguage(note: object): string {
  const language = (note as { language?: unknown }).language;
  return typeof language === 'string' && LANGUAGE_TAG.test(language) ? language : DEFAULT_NOTE_LANGUAGE;
}
