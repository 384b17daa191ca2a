import { GAZETTEER, NOT_A_JURISDICTION, type GazetteerEntry } from './gazetteer';
import { escapeRegExp } from './text';

interface Phrase {
  entry: GazetteerEntry | null;
  /** How much one mention counts: names and demonyms 1, capitals standing for a government less. */
  weight: number;
}

interface Matcher {
  pattern: RegExp;
  phrases: Map<string, Phrase>;
}

let matcher: Matcher | null = null;

/** One alternation of every phrase, longest first so "North Korea" beats "Korea"; built once. */
function getMatcher(): Matcher {
  if (matcher) return matcher;
  const phrases = new Map<string, Phrase>();
  for (const blocked of NOT_A_JURISDICTION) phrases.set(blocked, { entry: null, weight: 0 });
  for (const entry of GAZETTEER) {
    for (const alias of entry.aliases) if (!phrases.has(alias)) phrases.set(alias, { entry, weight: 1 });
    for (const metonym of entry.metonyms ?? []) if (!phrases.has(metonym)) phrases.set(metonym, { entry, weight: 0.5 });
  }
  const alternation = [...phrases.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // Letters or digits on either side mean the phrase is part of a longer word ("USB", "Turkeys").
  // A period after an abbreviation ending in one ("U.S.") is part of it, not a boundary problem.
  matcher = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'), phrases };
  return matcher;
}

/** Title mentions count this much more than body mentions: the headline says what matters. */
const TITLE_WEIGHT = 3;
/** Less than this total weight is a passing mention of a capital city, not a jurisdiction. */
const MIN_SCORE = 1;

/**
 * Countries and blocs a text is about, normalised and ordered by salience: weighted mention
 * count, with a bonus for appearing early and for appearing in the title.
 */
export function extractJurisdictions(title: string, body: string): string[] {
  const { pattern, phrases } = getMatcher();
  const scores = new Map<string, { score: number; first: number; entry: GazetteerEntry }>();
  const length = Math.max(1, body.length);
  const tally = (text: string, boost: number, offset: number) => {
    for (const match of text.matchAll(pattern)) {
      const phrase = phrases.get(match[0]);
      if (!phrase?.entry) continue;
      const position = offset + (match.index ?? 0);
      const current = scores.get(phrase.entry.name) ?? { score: 0, first: position, entry: phrase.entry };
      // Mentions in the first fifth of the body weigh up to 1.5 times more.
      const early = boost > 1 ? 1 : 1 + 0.5 * Math.max(0, 1 - (5 * position) / length);
      current.score += phrase.weight * boost * early;
      current.first = Math.min(current.first, position);
      scores.set(phrase.entry.name, current);
    }
  };
  tally(title, TITLE_WEIGHT, -1);
  tally(body, 1, 0);
  const fullText = `${title}\n${body}`;
  return [...scores.entries()]
    .filter(([, { score, entry }]) => score >= MIN_SCORE && hasContext(entry, fullText))
    .sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first)
    .map(([name]) => name);
}

function hasContext(entry: GazetteerEntry, text: string): boolean {
  return !entry.needsContext || entry.needsContext.some((word) => text.includes(word));
}
