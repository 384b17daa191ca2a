import fs from 'node:fs';
import path from 'node:path';
import { personalWordSchema, type PersonalWords } from '../../../common/personalWords';
import { AppError } from '../../../common/result';
import { PersonalDictionary } from '../../../common/spelling/personalDictionary';
import { writeFileAtomic } from '../atomicWrite';
import { withFileLock } from '../fileLock';

/** The workspace file "Add to dictionary" writes: one word per line, like a Hunspell personal dictionary. */
export const PERSONAL_DICTIONARY_FILE = 'personal-dictionary.txt';

/** Far more than anyone's words; a bigger file is not one this app wrote. */
const MAX_FILE_BYTES = 1024 * 1024;

export interface PersonalDictionaryStore {
  /** The words; a file that cannot be read gives an empty list and says why, and is left as it is. */
  read(): PersonalWords;
  /** Adds a word and writes the file atomically; refused (file untouched) when the file could not be read. */
  add(word: string): PersonalWords;
}

type Loaded = { dictionary: PersonalDictionary; problem: null } | { dictionary: null; problem: string };

/** Reads and writes the personal dictionary in the workspace's root folder. */
export function createPersonalDictionaryStore(root: string): PersonalDictionaryStore {
  const file = path.join(root, PERSONAL_DICTIONARY_FILE);

  function load(): Loaded {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { dictionary: PersonalDictionary.EMPTY, problem: null };
      return { dictionary: null, problem: `The personal dictionary (${PERSONAL_DICTIONARY_FILE} in the data folder) could not be read: ${(error as Error).message}` };
    }
    const unreadable = (why: string) => ({
      dictionary: null,
      problem: `The personal dictionary (${PERSONAL_DICTIONARY_FILE} in the data folder) ${why}, so no word of it is used and nothing can be added; the file was left as it is.`,
    });
    if (bytes.length > MAX_FILE_BYTES) return unreadable('is larger than 1 MB');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return unreadable('is not UTF-8 text');
    }
    if (text.includes('\u0000')) return unreadable('is not a text file');
    return { dictionary: PersonalDictionary.parse(text), problem: null };
  }

  const answer = (loaded: Loaded): PersonalWords =>
    loaded.dictionary ? { words: loaded.dictionary.words(), problem: null } : { words: [], problem: loaded.problem };

  return {
    read: () => answer(load()),
    add(word) {
      const checked = personalWordSchema.safeParse(word);
      if (!checked.success) throw new AppError('BAD_ARGUMENTS', checked.error.issues[0]?.message ?? 'Not a word.');
      return withFileLock(
        file,
        () => {
          const loaded = load();
          if (!loaded.dictionary) throw new AppError('STORAGE_FAILED', loaded.problem);
          const next = loaded.dictionary.add(checked.data);
          if (next === loaded.dictionary && !loaded.dictionary.contains(checked.data)) {
            throw new AppError('BAD_ARGUMENTS', 'Only a single word can be added.');
          }
          if (next !== loaded.dictionary) writeFileAtomic(file, next.serialise());
          return answer({ dictionary: next, problem: null });
        },
        'The personal dictionary is being changed by another Brieflink window; try again in a moment.',
      );
    },
  };
}
