import nspell from 'nspell';
import type { SpellEngine } from '../../common/spelling/spellEngine';

/** A Hunspell dictionary's two files, as text. */
export interface DictionaryText {
  aff: string;
  dic: string;
}

/**
 * A Hunspell dictionary loaded by nspell (JavaScript; see the README's "Spelling" for why
 * not Hunspell compiled to WebAssembly). Parsing the .dic is the slow part: it is done once
 * per dictionary, in the spelling worker.
 */
export function createNspellEngine(dictionary: DictionaryText): SpellEngine {
  const checker = nspell(dictionary);
  return {
    isCorrect: (word) => checker.correct(word),
    suggest: (word) => checker.suggest(word),
  };
}
