import { dictionaryFor, type DictionaryId } from '../../common/spelling/languages';
import { findMisspellings, suggestionsFor } from '../../common/spelling/findMisspellings';
import { PersonalDictionary } from '../../common/spelling/personalDictionary';
import type { SpellEngine } from '../../common/spelling/spellEngine';
import { messageOf } from '../../common/messageOf';
import type { CheckResult, SpellAnswer, SpellCalls, SpellRequest } from './spellProtocol';

/** Loads one dictionary into an engine; the worker's loader fetches the app's own files. */
export type OpenEngine = (dictionary: DictionaryId) => Promise<SpellEngine>;

export interface SpellService {
  load(args: SpellCalls['load']['args']): Promise<SpellCalls['load']['result']>;
  check(args: SpellCalls['check']['args']): Promise<CheckResult[]>;
  suggest(args: SpellCalls['suggest']['args']): Promise<string[]>;
  setPersonalWords(args: SpellCalls['setPersonalWords']['args']): Promise<null>;
  /** One request in, its answer out: what the worker does with each message. */
  handle(request: SpellRequest): Promise<SpellAnswer>;
}

/**
 * The checking behind the worker's messages, free of the worker itself so it runs (and is
 * tested) in Node too. Each dictionary is loaded on first use, once, however many checks
 * ask for it while it loads; a load that fails is forgotten so the next call tries again.
 */
export function createSpellService(openEngine: OpenEngine): SpellService {
  const engines = new Map<DictionaryId, Promise<SpellEngine>>();
  let personal = PersonalDictionary.EMPTY;
  const known = (word: string) => personal.contains(word);

  function engineFor(dictionary: DictionaryId): Promise<SpellEngine> {
    let engine = engines.get(dictionary);
    if (!engine) {
      engine = openEngine(dictionary);
      engines.set(dictionary, engine);
      engine.catch(() => engines.delete(dictionary));
    }
    return engine;
  }

  const service: SpellService = {
    async load({ language }) {
      const started = performance.now();
      await engineFor(dictionaryFor(language));
      return { loadMs: performance.now() - started };
    },
    async check({ items }) {
      const results: CheckResult[] = [];
      for (const item of items) {
        const engine = await engineFor(dictionaryFor(item.language));
        results.push({ key: item.key, misspelt: findMisspellings(item.text, item.language, engine, known) });
      }
      return results;
    },
    async suggest({ language, word }) {
      return suggestionsFor(word, language, await engineFor(dictionaryFor(language)));
    },
    async setPersonalWords({ words }) {
      personal = PersonalDictionary.of(words);
      return null;
    },
    async handle(request) {
      try {
        // The request's call and arguments travel together, so each call gets its own arguments.
        const value = await (service[request.call] as (args: unknown) => Promise<unknown>)(request.args);
        return { id: request.id, ok: true, value };
      } catch (error) {
        return { id: request.id, ok: false, message: messageOf(error) };
      }
    },
  };
  return service;
}
