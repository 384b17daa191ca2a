import { findWords, isAcronym, type WordToken } from './findWords';
import type { SpellingLanguage } from './languages';
import type { SpellEngine } from './spellEngine';
import { elidedPrefix, wordForms } from './wordForms';

/** A misspelt word: `text.slice(start, end)` of the text that was checked. */
export interface Misspelling {
  start: number;
  end: number;
  word: string;
}

/** Words the engine should not judge (the personal dictionary, words ignored in this note). */
export type KnownWords = (word: string) => boolean;

const NOTHING_KNOWN: KnownWords = () => false;

/** Right as written, or in one of its forms; an acronym after an elision (l'ONU, d'OTAN) is as right as the acronym alone. */
function isRight(word: string, language: SpellingLanguage, engine: SpellEngine, known: KnownWords): boolean {
  return wordForms(word, language).some((form) => isAcronym(form) || known(form) || engine.isCorrect(form));
}

/**
 * The misspelt words of a text. A hyphenated word the dictionary lacks as a whole is judged
 * part by part (policy-making, well-founded, NATO-led), so only a wrong part is marked.
 */
export function findMisspellings(text: string, language: SpellingLanguage, engine: SpellEngine, known: KnownWords = NOTHING_KNOWN): Misspelling[] {
  const misspelt: Misspelling[] = [];
  const mark = (token: WordToken) => misspelt.push({ start: token.start, end: token.end, word: token.word });
  for (const token of findWords(text)) {
    if (isRight(token.word, language, engine, known)) continue;
    if (token.parts.length === 0) mark(token);
    else for (const part of token.parts) if (!isRight(part.word, language, engine, known)) mark(part);
  }
  return misspelt;
}

/**
 * Corrections for a misspelt word. After a French elision only the word after it is
 * corrected too, with the elision kept: the dictionary knows "l'administration" only
 * through an affix rule, so "l'adminsitration" is corrected best as "adminsitration" alone.
 */
export function suggestionsFor(word: string, language: SpellingLanguage, engine: SpellEngine, limit = 7): string[] {
  // Hunspell suggests neighbours even for a right word; a right word has nothing to correct.
  if (engine.isCorrect(word)) return [];
  const prefix = elidedPrefix(word, language);
  const own = engine.suggest(word);
  const afterElision = prefix ? engine.suggest(word.slice(prefix.length)).map((rest) => prefix + rest) : [];
  return [...new Set([...own, ...afterElision])].slice(0, limit);
}
