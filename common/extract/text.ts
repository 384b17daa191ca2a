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

/**
 * A light suffix-stripping stemmer: enough to let "controls"/"controlled"/"controlling"
 * meet, without the weight of a full Porter implementation.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'ly']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}

/** Lower-case content-word stems of a text (letters and digits of any script). */
export function contentStems(text: string, limit = 400): string[] {
  const stems: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (STOPWORDS.has(word) || word.length < 2) continue;
    stems.push(stem(word));
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
