/**
 * What checking needs from a spelling engine (Hunspell with one of the shipped
 * dictionaries, in the app): kept this small so the checking rules run, and are tested, with any engine.
 */
export interface SpellEngine {
  /** True when the dictionary accepts the word as written (case rules included). */
  isCorrect(word: string): boolean;
  /** Corrections, most likely first; empty when there are none. */
  suggest(word: string): string[];
}
