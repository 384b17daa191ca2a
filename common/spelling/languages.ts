/**
 * The languages a note (or a passage in it) can be spell-checked in, and the Hunspell
 * dictionary each one uses. The dictionaries ship with the app (npm packages bundled into
 * the renderer), so checking never needs the network.
 */

export const SPELLING_LANGUAGES = ['en-CA', 'en-GB', 'en-US', 'en-AU', 'fr-CA', 'fr-FR'] as const;

export type SpellingLanguage = (typeof SPELLING_LANGUAGES)[number];

/** The language of a new note until the user picks another. */
export const DEFAULT_SPELLING_LANGUAGE: SpellingLanguage = 'en-CA';

/** One dictionary file pair (.aff + .dic) shipped with the app. */
export type DictionaryId = 'en-US' | 'en-GB' | 'en-CA' | 'en-AU' | 'fr';

export interface DictionaryInfo {
  /** The npm package the .aff and .dic files come from. */
  packageName: string;
  /** As the package declares it; the README's notices list them. */
  licence: string;
}

export const DICTIONARIES: Readonly<Record<DictionaryId, DictionaryInfo>> = {
  // dictionary-en is the SCOWL/aspell "en_US" list (color, center, analyze).
  'en-US': { packageName: 'dictionary-en', licence: 'MIT AND BSD' },
  'en-GB': { packageName: 'dictionary-en-gb', licence: 'MIT AND BSD' },
  'en-CA': { packageName: 'dictionary-en-ca', licence: 'MIT AND BSD' },
  'en-AU': { packageName: 'dictionary-en-au', licence: 'MIT AND BSD' },
  // Grammalecte's "classique" French dictionary: usual spellings plus the 1990 reform's
  // accepted ones. No separate Canadian French Hunspell dictionary exists on the registry,
  // and Quebec's Office québécois de la langue française follows the same spellings.
  fr: { packageName: 'dictionary-fr', licence: 'MPL-2.0' },
};

const DICTIONARY_OF_LANGUAGE: Readonly<Record<SpellingLanguage, DictionaryId>> = {
  'en-CA': 'en-CA',
  'en-GB': 'en-GB',
  'en-US': 'en-US',
  'en-AU': 'en-AU',
  'fr-CA': 'fr',
  'fr-FR': 'fr',
};

/** How each language is named in the Language menu: in itself, so a reader of that language finds it. */
export const SPELLING_LANGUAGE_NAMES: Readonly<Record<SpellingLanguage, string>> = {
  'en-CA': 'English (Canada)',
  'en-GB': 'English (United Kingdom)',
  'en-US': 'English (United States)',
  'en-AU': 'English (Australia)',
  'fr-CA': 'Français (Canada)',
  'fr-FR': 'Français (France)',
};

export function dictionaryFor(language: SpellingLanguage): DictionaryId {
  return DICTIONARY_OF_LANGUAGE[language];
}

export function isSpellingLanguage(value: unknown): value is SpellingLanguage {
  return typeof value === 'string' && (SPELLING_LANGUAGES as readonly string[]).includes(value);
}

/** The primary language of a tag ("fr" for "fr-CA"), which decides the apostrophe rules. */
export function primaryLanguage(language: SpellingLanguage): 'en' | 'fr' {
  return language.startsWith('fr') ? 'fr' : 'en';
}

/** When a tag names a region we have no dictionary for, the language's most common one in the app's audience. */
const FALLBACK_FOR_PRIMARY: Readonly<Record<string, SpellingLanguage>> = { en: 'en-US', fr: 'fr-FR' };

/**
 * The supported language closest to a BCP 47 tag as documents and systems write it
 * ("en_ca", "EN-CA", "fr-BE", "en-NZ", "fr"): the exact tag if supported, else the same
 * language's fallback, else null (a language we cannot check, e.g. "de").
 */
export function matchSpellingLanguage(tag: string): SpellingLanguage | null {
  const parts = tag.trim().replace(/_/g, '-').split('-');
  const primary = parts[0]?.toLowerCase() ?? '';
  const region = parts.slice(1).find((part) => /^[a-z]{2}$/i.test(part))?.toUpperCase();
  const exact = region ? `${primary}-${region}` : '';
  if (isSpellingLanguage(exact)) return exact;
  // New Zealand English follows the British and Australian spellings.
  if (primary === 'en' && region === 'NZ') return 'en-AU';
  return FALLBACK_FOR_PRIMARY[primary] ?? null;
}
