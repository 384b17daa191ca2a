import { SPELLING_LANGUAGE_NAMES, SPELLING_LANGUAGES, isSpellingLanguage, type SpellingLanguage } from '../../../common/spelling/languages';

/** The note's Language: what its print, PDF and DOCX declare, its dates show in, and its spelling is checked in. */
export function NoteLanguageField({ value, disabled = false, onChange }: { value: SpellingLanguage; disabled?: boolean; onChange(language: SpellingLanguage): void }) {
  return (
    <span className="note-language">
      <label htmlFor="note-language">Language</label>{' '}
      <select
        id="note-language"
        value={value}
        disabled={disabled}
        onChange={(event) => {
          if (isSpellingLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {SPELLING_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {SPELLING_LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The note's language as the field shows it: a tag the app does not offer shows as the default. */
export function fieldLanguage(language: string): SpellingLanguage {
  return isSpellingLanguage(language) ? language : 'en-CA';
}
