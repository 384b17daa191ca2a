import type { SpellingLanguage } from './languages';
import { primaryLanguage } from './languages';

/**
 * French elisions: the article, pronoun or conjunction is its own word before the
 * apostrophe (l'État, d'abord, qu'il, jusqu'à). The French dictionary knows the common
 * pairs through its affix rules; for the rest the word after the apostrophe is judged alone.
 */
const FRENCH_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)'(?=\p{L})/iu;

/** The elided start of a French word ("l'" of "l'État"), or "" when there is none. */
export function elidedPrefix(word: string, language: SpellingLanguage): string {
  if (primaryLanguage(language) !== 'fr') return '';
  return FRENCH_ELISION.exec(word)?.[0] ?? '';
}

/**
 * The spellings to look up for one word, as written first: an English possessive ("the
 * government's", "Canada's") is right when the word before the "'s" is; a French word
 * after an elision when that word is.
 */
export function wordForms(word: string, language: SpellingLanguage): string[] {
  const forms = [word];
  if (primaryLanguage(language) === 'en') {
    if (/'s$/i.test(word) && word.length > 3) forms.push(word.slice(0, -2));
  } else {
    const prefix = elidedPrefix(word, language);
    if (prefix) forms.push(word.slice(prefix.length));
  }
  return forms;
}
