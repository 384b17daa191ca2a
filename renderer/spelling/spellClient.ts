import type { Misspelling } from '../../common/spelling/findMisspellings';
import type { SpellingLanguage } from '../../common/spelling/languages';
import type { CheckItem, CheckResult, SpellAnswer, SpellCallName, SpellCalls, SpellRequest } from './spellProtocol';

/** The worker as the client sees it (a Worker, or anything that answers the same messages). */
export interface SpellTransport {
  postMessage(request: SpellRequest): void;
  onmessage: ((event: MessageEvent<SpellAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface SpellClient {
  /** Loads a language's dictionary ahead of the first check. */
  load(language: SpellingLanguage): Promise<{ loadMs: number }>;
  /** The misspellings of each item; text checked before in the same language is answered from memory. */
  check(items: readonly CheckItem[]): Promise<CheckResult[]>;
  suggest(language: SpellingLanguage, word: string): Promise<string[]>;
  /** Replaces the personal dictionary; every remembered answer is forgotten, since it may have changed. */
  setPersonalWords(words: readonly string[]): Promise<void>;
  /** Stops the worker; calls still waiting fail. */
  dispose(): void;
}

export class SpellCheckError extends Error {}

/** Enough for every paragraph of a very long note plus the versions being typed. */
const DEFAULT_CACHE_ENTRIES = 20_000;

const cacheKey = (language: SpellingLanguage, text: string) => `${language}\u0000${text}`;

/**
 * The window's side of the spelling worker: promise-based calls matched to answers by id,
 * and a memory of answers by (language, text), so after a keystroke only the paragraph that
 * changed goes to the worker. The memory keeps the most recently used answers.
 */
export function createSpellClient(transport: SpellTransport, options: { cacheEntries?: number } = {}): SpellClient {
  const cacheEntries = options.cacheEntries ?? DEFAULT_CACHE_ENTRIES;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const remembered = new Map<string, Misspelling[]>();
  let nextId = 0;
  // Bumped when the personal dictionary changes: answers to checks sent before then are not remembered.
  let generation = 0;
  let failure: Error | null = null;

  transport.onmessage = ({ data: answer }) => {
    const call = waiting.get(answer.id);
    if (!call) return;
    waiting.delete(answer.id);
    if (answer.ok) call.resolve(answer.value);
    else call.reject(new SpellCheckError(answer.message));
  };
  // A worker that failed to load or crashed fails what it holds, and every later call, rather than leave them waiting.
  transport.onerror = (event) => {
    failure = new SpellCheckError(`The spelling checker stopped: ${event.message || 'it could not be started'}`);
    for (const call of waiting.values()) call.reject(failure);
    waiting.clear();
  };

  function send<Name extends SpellCallName>(call: Name, args: SpellCalls[Name]['args']): Promise<SpellCalls[Name]['result']> {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      transport.postMessage({ id, call, args } as SpellRequest);
    });
  }

  function remember(key: string, misspelt: Misspelling[]): void {
    remembered.delete(key);
    remembered.set(key, misspelt);
    if (remembered.size > cacheEntries) remembered.delete(remembered.keys().next().value as string);
  }

  function recall(key: string): Misspelling[] | undefined {
    const misspelt = remembered.get(key);
    if (misspelt) remember(key, misspelt);
    return misspelt;
  }

  return {
    load: (language) => send('load', { language }),

    async check(items) {
      const answers = new Map<string, Misspelling[]>();
      const toCheck: CheckItem[] = [];
      const queued = new Set<string>();
      for (const item of items) {
        const key = cacheKey(item.language, item.text);
        const known = recall(key);
        if (known) answers.set(key, known);
        // The same text twice in one call (empty paragraphs, repeated lines) is checked once.
        else if (!queued.has(key)) {
          queued.add(key);
          toCheck.push({ key, language: item.language, text: item.text });
        }
      }
      if (toCheck.length > 0) {
        const sentIn = generation;
        for (const result of await send('check', { items: toCheck })) {
          answers.set(result.key, result.misspelt);
          if (sentIn === generation) remember(result.key, result.misspelt);
        }
      }
      return items.map((item) => ({ key: item.key, misspelt: answers.get(cacheKey(item.language, item.text)) ?? [] }));
    },

    suggest: (language, word) => send('suggest', { language, word }),

    async setPersonalWords(words) {
      generation++;
      remembered.clear();
      await send('setPersonalWords', { words: [...words] });
    },

    dispose() {
      failure = new SpellCheckError('The spelling checker was closed.');
      for (const call of waiting.values()) call.reject(failure);
      waiting.clear();
      transport.terminate();
    },
  };
}
