// The spelling worker: dictionaries are parsed and text is checked here, off the window's
// main thread, so loading a dictionary (a second or so for French) or checking a long note
// never delays a keystroke. It answers the requests of spellClient.ts, one at a time.
import { loadDictionaryText } from './dictionaryFiles';
import { createHunspellEngine } from './hunspellEngine';
import type { SpellAnswer, SpellRequest } from './spellProtocol';
import { createSpellService } from './spellService';

const service = createSpellService(async (dictionary) => createHunspellEngine(await loadDictionaryText(dictionary)));

const scope = self as unknown as { onmessage: ((event: MessageEvent<SpellRequest>) => void) | null; postMessage(answer: SpellAnswer): void };

scope.onmessage = async ({ data: request }) => {
  scope.postMessage(await service.handle(request));
};
