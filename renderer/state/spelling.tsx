import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { messageOf } from '../../common/messageOf';
import { useClient } from '../client/ClientContext';
import type { BrieflinkClient } from '../client/client';
import type { SpellClient } from '../spelling/spellClient';
import { startSpellWorker } from '../spelling/startSpellWorker';
import { useAnnounce, type Announce } from './announcer';
import { createValueStore, type ValueStore } from './valueStore';

/** The window's spell checking: one worker, the personal dictionary and the words ignored in this window. */
export interface Spelling {
  /** The window's checker, started the first time a note asks for it. */
  checker(): SpellClient;
  /** Adds a word to the workspace's personal dictionary ("Add to dictionary"). */
  addWord(word: string): Promise<void>;
  /** Stops flagging a word in this window only, until it closes ("Ignore"). */
  ignoreWord(word: string): Promise<void>;
  /** Bumped whenever the accepted words change: every block must be checked again. */
  dictionaryChanges: ValueStore<number>;
}

const SpellingContext = createContext<Spelling | null>(null);

function createSpelling(client: BrieflinkClient, announce: Announce, start: () => SpellClient): Spelling & { dispose(): void } {
  let checker: SpellClient | null = null;
  let personal: string[] = [];
  const ignored = new Set<string>();
  const dictionaryChanges = createValueStore(0);

  async function sendAcceptedWords(): Promise<void> {
    if (!checker) return;
    await checker.setPersonalWords([...personal, ...ignored]);
    dictionaryChanges.set(dictionaryChanges.get() + 1);
  }

  async function loadPersonalWords(): Promise<void> {
    try {
      const { words, problem } = await client.call('spelling.personalWords', {});
      personal = words;
      if (problem) announce(problem);
      await sendAcceptedWords();
    } catch (error) {
      announce(`The personal dictionary could not be loaded: ${messageOf(error)}`);
    }
  }

  return {
    checker() {
      if (!checker) {
        checker = start();
        void loadPersonalWords();
      }
      return checker;
    },
    async addWord(word) {
      try {
        const { words } = await client.call('spelling.addPersonalWord', { word });
        personal = words;
        await sendAcceptedWords();
        announce(`“${word}” was added to the dictionary.`);
      } catch (error) {
        announce(`“${word}” was not added to the dictionary: ${messageOf(error)}`);
      }
    },
    async ignoreWord(word) {
      ignored.add(word);
      try {
        await sendAcceptedWords();
        announce(`“${word}” is ignored in this window.`);
      } catch (error) {
        announce(`“${word}” could not be ignored: ${messageOf(error)}`);
      }
    },
    dictionaryChanges,
    dispose() {
      checker?.dispose();
      checker = null;
    },
  };
}

/** Gives the window one spelling checker, started lazily (no worker until a note is open). */
export function SpellingProvider({ children, start = startSpellWorker }: { children: ReactNode; start?: () => SpellClient }) {
  const client = useClient();
  const announce = useAnnounce();
  const spelling = useMemo(() => createSpelling(client, announce, start), [client, announce, start]);
  useEffect(() => () => spelling.dispose(), [spelling]);
  return <SpellingContext.Provider value={spelling}>{children}</SpellingContext.Provider>;
}

export function useSpelling(): Spelling {
  const spelling = useContext(SpellingContext);
  if (!spelling) throw new Error('useSpelling needs a SpellingProvider above it.');
  return spelling;
}
