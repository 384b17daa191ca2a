import type { DictionaryId } from '../../common/spelling/languages';
import type { DictionaryText } from './hunspellEngine';

// Each dictionary is imported as text into a module of its own, which the worker loads the
// first time a note needs that language. The modules are .js files of the app's bundle, so
// both hosts serve them as they serve the rest of the renderer (same origin, same CSP):
// checking never reaches the network, and no host needs to learn new file types.
// The paths go through node_modules because the packages export only their Node loader
// (which reads the files with node:fs), not the files themselves.

type Loader = () => Promise<DictionaryText>;

const text = (module: Promise<{ default: string }>) => module.then((loaded) => loaded.default);

const both = (aff: Promise<string>, dic: Promise<string>): Promise<DictionaryText> =>
  Promise.all([aff, dic]).then(([affText, dicText]) => ({ aff: affText, dic: dicText }));

const LOADERS: Readonly<Record<DictionaryId, Loader>> = {
  'en-US': () => both(text(import('../../node_modules/dictionary-en/index.aff?raw')), text(import('../../node_modules/dictionary-en/index.dic?raw'))),
  'en-GB': () => both(text(import('../../node_modules/dictionary-en-gb/index.aff?raw')), text(import('../../node_modules/dictionary-en-gb/index.dic?raw'))),
  'en-CA': () => both(text(import('../../node_modules/dictionary-en-ca/index.aff?raw')), text(import('../../node_modules/dictionary-en-ca/index.dic?raw'))),
  'en-AU': () => both(text(import('../../node_modules/dictionary-en-au/index.aff?raw')), text(import('../../node_modules/dictionary-en-au/index.dic?raw'))),
  fr: () => both(text(import('../../node_modules/dictionary-fr/index.aff?raw')), text(import('../../node_modules/dictionary-fr/index.dic?raw'))),
};

/** The .aff and .dic of a dictionary shipped with the app. */
export function loadDictionaryText(dictionary: DictionaryId): Promise<DictionaryText> {
  return LOADERS[dictionary]();
}
