/** Small text helpers shared by the extractors. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just may might more most must no nor not now of off on once only or other our ours out over own same ' +
    'says said she should so some such than that the their theirs them then there these they this those through to too under ' +
    'until up very was we were what when where which while who whom why will with would you your yours would per via upon ' +
    'amid among across within without whether however meanwhile also one two new'
  ).split(' '),
);

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'ly'];

/**
 * A light suffix-stripping stemmer: enough to let "controls"/"controlled"/"controlling"
 * meet, without the weight of a full Porter implementation.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}

/**
 * Lower-case content-word stems of a text (letters and digits of any script). Texts read
 * together share one `known` map of word to stem ('' for a stop word): an article repeats
 * most of its words, and each is stemmed once.
 */
export function contentStems(text: string, limit = 400, known = new Map<string, string>()): string[] {
  const stems: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    let stemmed = known.get(word);
    if (stemmed === undefined) {
      stemmed = word.length < 2 || STOPWORDS.has(word) ? '' : stem(word);
      known.set(word, stemmed);
    }
    if (!stemmed) continue;
    stems.push(stemmed);
    if (stems.length >= limit) break;
  }
  return stems;
}

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** ISO date helpers on plain calendar dates (UTC, no time zones involved). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function parseIso(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const valid = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return valid ? new Date(`${valid}T00:00:00Z`) : null;
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
