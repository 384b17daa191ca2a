import type { Misspelling } from '../../common/spelling/findMisspellings';
import type { SpellingLanguage } from '../../common/spelling/languages';

/** One piece of text to check: a block of the note, or a passage of it in another language. */
export interface CheckItem {
  /** The caller's name for the text (a block key, or block key and passage); answers carry it back. */
  key: string;
  language: SpellingLanguage;
  text: string;
}

export interface CheckResult {
  key: string;
  misspelt: Misspelling[];
}

/** The spelling worker's calls: arguments and answer of each. */
export interface SpellCalls {
  /** Loads a language's dictionary ahead of the first check (when a note opens); answers the milliseconds it took. */
  load: { args: { language: SpellingLanguage }; result: { loadMs: number } };
  check: { args: { items: CheckItem[] }; result: CheckResult[] };
  suggest: { args: { language: SpellingLanguage; word: string }; result: string[] };
  /** The personal dictionary's words (replacing the previous list). */
  setPersonalWords: { args: { words: string[] }; result: null };
}

export type SpellCallName = keyof SpellCalls;

export type SpellRequest = { [Name in SpellCallName]: { id: number; call: Name; args: SpellCalls[Name]['args'] } }[SpellCallName];

export type SpellAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
