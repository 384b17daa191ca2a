import type { HunspellFactory } from 'hunspell-asm';
// The package's CommonJS build: its ES build calls a namespace import of nanoid 2 (a
// CommonJS function) as a function, which bundled for the browser fails at run time.
// @ts-expect-error The CommonJS build has no types beside it; they are the package's, applied below.
import hunspellCommonJs from 'hunspell-asm/dist/cjs/index.js';

import type { SpellEngine } from '../../common/spelling/spellEngine';

const { loadModule } = hunspellCommonJs as typeof import('hunspell-asm');

/** A Hunspell dictionary's two files, as text. */
export interface DictionaryText {
  aff: string;
  dic: string;
}

// Hunspell itself, compiled to WebAssembly (see the README's "Spelling" for why rather than
// a JavaScript reimplementation). The module is compiled once per worker and shared by every
// dictionary loaded in it.
let hunspell: Promise<HunspellFactory> | null = null;

/** Far longer than compiling takes (about 0.1 s); past it, the module is taken as never coming. */
const START_TIMEOUT_MS = 15_000;

/**
 * Compiles the module, or fails. When compiling is refused (a Content Security Policy
 * without 'wasm-unsafe-eval'), hunspell-asm's loader throws from a callback and its own
 * promise never settles: the timer makes that a failure the caller hears about.
 */
function startHunspell(): Promise<HunspellFactory> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('Hunspell (WebAssembly) could not be started; is WebAssembly allowed by the page’s Content Security Policy?')), START_TIMEOUT_MS);
  });
  return Promise.race([loadModule({ timeout: START_TIMEOUT_MS }), timeout]).finally(() => clearTimeout(timer));
}

function hunspellModule(): Promise<HunspellFactory> {
  if (!hunspell) {
    hunspell = startHunspell();
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
  // Always named: the loader's own default name comes from a call that fails once bundled.
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
