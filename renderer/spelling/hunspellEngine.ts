import { loadModule, type HunspellFactory } from 'hunspell-asm';
import type { SpellEngine } from '../../common/spelling/spellEngine';

/** A Hunspell dictionary's two files, as text. */
export interface DictionaryText {
  aff: string;
  dic: string;
}

// Hunspell itself, compiled to WebAssembly (see the README's "Spelling" for why rather than
// a JavaScript reimplementation). The module is compiled once per worker and shared by every
// dictionary loaded in it.
let hunspell: Promise<HunspellFactory> | null = null;

function hunspellModule(): Promise<HunspellFactory> {
  if (!hunspell) {
    hunspell = loadModule();
    // A module that failed to compile is tried again on the next load rather than failing every language for good.
    hunspell.catch(() => (hunspell = null));
  }
  return hunspell;
}

let loaded = 0;

/**
 * Loads a dictionary into Hunspell. Its files are copied into the module's memory only for
 * Hunspell to read them: Hunspell keeps what it parsed, so the copies are removed right after.
 */
export async function createHunspellEngine(dictionary: DictionaryText): Promise<SpellEngine> {
  const factory = await hunspellModule();
  const utf8 = new TextEncoder();
  const name = `dictionary-${loaded++}`;
  const aff = factory.mountBuffer(utf8.encode(dictionary.aff), `${name}.aff`);
  const dic = factory.mountBuffer(utf8.encode(dictionary.dic), `${name}.dic`);
  try {
    const checker = factory.create(aff, dic);
    return {
      isCorrect: (word) => checker.spell(word),
      suggest: (word) => checker.suggest(word),
    };
  } finally {
    factory.unmount(aff);
    factory.unmount(dic);
  }
}
