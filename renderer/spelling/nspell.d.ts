/** nspell 2.1 ships no types; the part of its API Brieflink uses. */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  function nspell(dictionary: { aff: string; dic: string }): NSpell;
  export default nspell;
}
