import { straightenApostrophes } from './findWords';

/**
 * The user's own words ("Add to dictionary"), kept in the workspace as a text file, one
 * word per line, sorted, like a Hunspell personal dictionary. Immutable: adding gives a new
 * list, so a list handed to the checker never changes under it.
 *
 * Case follows Hunspell: a word added in lower case is right in any case (brieflink,
 * Brieflink, BRIEFLINK); one added with capitals is right as written and in all capitals
 * (Mississauga, MISSISSAUGA, not mississauga).
 */
export class PersonalDictionary {
  private readonly entries: ReadonlySet<string>;

  private constructor(entries: Iterable<string>) {
    this.entries = new Set(entries);
  }

  static readonly EMPTY = new PersonalDictionary([]);

  static of(words: Iterable<string>): PersonalDictionary {
    const normalised: string[] = [];
    for (const word of words) {
      const entry = normaliseWord(word);
      if (entry) normalised.push(entry);
    }
    return new PersonalDictionary(normalised);
  }

  /** Reads the workspace file: one word per line; blank lines, comments (#) and junk lines are skipped. */
  static parse(text: string): PersonalDictionary {
    return PersonalDictionary.of(text.split(/\r?\n/).filter((line) => !line.trimStart().startsWith('#')));
  }

  /** This list with the word added; the same list when the word is already there or is no word. */
  add(word: string): PersonalDictionary {
    const entry = normaliseWord(word);
    if (!entry || this.entries.has(entry)) return this;
    return new PersonalDictionary([...this.entries, entry]);
  }

  remove(word: string): PersonalDictionary {
    const entry = normaliseWord(word);
    if (!entry || !this.entries.has(entry)) return this;
    return new PersonalDictionary([...this.entries].filter((existing) => existing !== entry));
  }

  contains(word: string): boolean {
    const entry = normaliseWord(word);
    if (!entry) return false;
    if (this.entries.has(entry)) return true;
    const lower = entry.toLocaleLowerCase();
    if (entry === capitalised(lower) || entry === entry.toLocaleUpperCase()) {
      if (this.entries.has(lower)) return true;
    }
    // MISSISSAUGA is right when Mississauga (or McGill for MCGILL) is in the list.
    if (entry === entry.toLocaleUpperCase()) {
      for (const candidate of this.entries) if (candidate.toLocaleUpperCase() === entry) return true;
    }
    return false;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The words, sorted the way a person scanning the file expects. */
  words(): string[] {
    return [...this.entries].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1));
  }

  /** The workspace file's text. */
  serialise(): string {
    return this.entries.size === 0 ? '' : `${this.words().join('\n')}\n`;
  }
}

function capitalised(lower: string): string {
  return lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
}

/** Longer than any word; a line this long is not one. */
const MAX_WORD_LENGTH = 100;

/**
 * The form a word is stored and compared in: Unicode NFC (an "é" typed as e + accent
 * matches the precomposed one), straight apostrophes, no surrounding space. A line with
 * spaces inside, control characters or nothing but punctuation is not a word: null.
 */
export function normaliseWord(word: string): string | null {
  const entry = straightenApostrophes(word.normalize('NFC').trim());
  if (!entry || entry.length > MAX_WORD_LENGTH) return null;
  if (/[\s\p{Cc}\p{Cf}]/u.test(entry)) return null;
  if (!/[\p{L}]/u.test(entry)) return null;
  return entry;
}
