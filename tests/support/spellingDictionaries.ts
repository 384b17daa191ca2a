import { DICTIONARIES, type DictionaryId } from '../../common/spelling/languages';
import type { DictionaryText } from '../../renderer/spelling/hunspellEngine';

/**
 * The dictionaries the app ships, read in Node through each package's own loader (the
 * window's worker imports the same files from its bundle: renderer/spelling/dictionaryFiles.ts).
 */
export async function readDictionary(dictionary: DictionaryId): Promise<DictionaryText> {
  const loaded = (await import(DICTIONARIES[dictionary].packageName)) as { default: { aff: Uint8Array; dic: Uint8Array } };
  const utf8 = new TextDecoder('utf-8');
  return { aff: utf8.decode(loaded.default.aff), dic: utf8.decode(loaded.default.dic) };
}
