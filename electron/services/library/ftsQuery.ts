/**
 * Turns what a person types into a safe FTS5 query: each word becomes a quoted prefix
 * term, so punctuation and FTS operators in the input are matched as text, never parsed.
 * Terms are ANDed, which is what a search box is expected to do.
 */
export function toFtsQuery(input: string): string | null {
  const terms = queryWords(input).map(prefixTerm);
  return terms.length > 0 ? terms.join(' ') : null;
}

/**
 * The same words as whole words (stemmed as the index stems them, so "exports" still finds
 * "exported"), not prefixes. The index streams a word's matches in order and stops at the
 * page, where a prefix has every matching word's list merged in full before the first
 * match comes back: for a word in most of a large library, milliseconds per search.
 */
export function toWholeWordFtsQuery(input: string): string | null {
  const terms = queryWords(input).map(wholeTerm);
  return terms.length > 0 ? terms.join(' ') : null;
}

/**
 * What a search box holds while someone types: the last word may be part-typed and is a
 * prefix; an earlier word is a whole word when the index holds it as one (`isWord`), and a
 * prefix otherwise ("semicond chips").
 */
export function toTypedFtsQuery(input: string, isWord: (word: string) => boolean): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  return [...words.slice(0, -1).map((word) => (isWord(word) ? wholeTerm(word) : prefixTerm(word))), prefixTerm(words.at(-1)!)].join(' ');
}

/** A word as a query term of its own: the index stems it as it stems the text. */
export const wholeTerm = (word: string) => `"${word}"`;

/** The words of a query as the search uses them (at most 12). */
export function queryWords(input: string): string[] {
  return (input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

const prefixTerm = (word: string) => `"${word}"*`;

/**
 * Endings the indexes' Porter stemmer takes off or rewrites, with their plurals. A word
 * typed part-way into one of them has gone past its stem: "regulation" is indexed as
 * "regul", so while "regulat", "regulati" and "regulatio" are typed the plain prefix finds
 * nothing.
 */
const STEMMED_ENDINGS = [
  'ational', 'tional', 'ization', 'izations', 'ation', 'ations', 'ator', 'ators', 'alism', 'iveness', 'fulness', 'ousness',
  'ality', 'alities', 'ivity', 'ivities', 'bility', 'bilities', 'icate', 'ative', 'alize', 'icity', 'ical', 'ance', 'ances',
  'ence', 'ences', 'able', 'ible', 'ement', 'ements', 'ment', 'ments', 'ing', 'ings', 'ion', 'ions', 'ies', 'ied', 'ism',
  'isms', 'ity', 'ities', 'ive', 'ives', 'ize', 'izes', 'ized', 'izing', 'ous', 'ness', 'ant', 'ants', 'ent', 'ents', 'ers',
  'ed', 'es',
];

/** Stems are kept at least this long, so a widened word never turns into a two-letter prefix. */
const MIN_STEM = 3;

/**
 * The same query with its last word (the one being typed) widened to the shorter prefixes
 * its stem may have: "regulatio" also looks for "regula…" and "regul…". For a search that
 * found nothing; null when the last word cannot be part-way into a stemmed ending.
 */
export function toWidenedFtsQuery(input: string): string | null {
  const words = queryWords(input);
  const last = words.at(-1);
  if (!last) return null;
  const lower = last.toLowerCase();
  const stems: string[] = [];
  for (let cut = 1; lower.length - cut >= MIN_STEM; cut++) {
    const typed = lower.slice(-cut);
    if (STEMMED_ENDINGS.some((ending) => ending.length > cut && ending.startsWith(typed))) stems.push(lower.slice(0, -cut));
  }
  if (stems.length === 0) return null;
  const widened = `(${[last, ...stems].map(prefixTerm).join(' OR ')})`;
  return [...words.slice(0, -1).map(prefixTerm), widened].join(' AND ');
}
