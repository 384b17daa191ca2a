import type { FieldEvidence } from './types';
import { KNOWN_ORGANISATIONS } from './actors';
import { GAZETTEER, INSTITUTIONS, NOT_A_JURISDICTION, SUBNATIONAL, type GazetteerEntry } from './gazetteer';
import { escapeRegExp } from './text';

/*
 * Two lists: the jurisdictions that act (whose government, legislature, regulator or court
 * does what the article reports) and those only mentioned. Every mention is weighed by what
 * names it (an institution says more than a country's name, a capital less), where it is
 * (the headline and the lead say what the news is) and the words around it: a country
 * that is the object of the action ("curbs on exports to China"), the home of a company
 * ("the Chinese company DeepSeek"), a comparison ("the second after the EU") or an aside in
 * brackets is mentioned, not acting.
 */

interface Phrase {
  entry: GazetteerEntry | null;
  /** How much one mention counts: institutions 2, names and demonyms 1, capitals 0.5. */
  weight: number;
}

interface Matcher {
  pattern: RegExp;
  phrases: Map<string, Phrase>;
}

let matcher: Matcher | null = null;

const ALL_ENTRIES: readonly GazetteerEntry[] = [...GAZETTEER, ...SUBNATIONAL];
const BY_NAME = new Map(ALL_ENTRIES.map((entry) => [entry.name, entry]));

/** One alternation of every phrase, longest first so "North Korea" beats "Korea"; built once. */
function getMatcher(): Matcher {
  if (matcher) return matcher;
  const phrases = new Map<string, Phrase>();
  for (const blocked of NOT_A_JURISDICTION) phrases.set(blocked, { entry: null, weight: 0 });
  for (const entry of ALL_ENTRIES) {
    for (const alias of entry.aliases) if (!phrases.has(alias)) phrases.set(alias, { entry, weight: 1 });
  }
  for (const [name, institutions] of Object.entries(INSTITUTIONS)) {
    const entry = BY_NAME.get(name);
    for (const institution of institutions) if (entry && !phrases.has(institution)) phrases.set(institution, { entry, weight: 2 });
  }
  for (const entry of ALL_ENTRIES) {
    for (const metonym of entry.metonyms ?? []) if (!phrases.has(metonym)) phrases.set(metonym, { entry, weight: 0.5 });
  }
  const alternation = [...phrases.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // Letters or digits on either side mean the phrase is part of a longer word ("USB", "Turkeys").
  matcher = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'), phrases };
  return matcher;
}

/** Where a mention sits: the headline and the lead say what the news is. */
const PLACE_WEIGHT = { title: 3, lead: 2.5, second: 1.5, body: 0.7, furniture: 1 } as const;
type Place = keyof typeof PLACE_WEIGHT;

/** "X's Senate", "X's data protection authority": a possessive before an institution word acts. */
const OWNS_INSTITUTION =
  /^[’']s?\s+(?:\p{Ll}+\s+){0,3}(?:government|parliament|senate|congress|legislature|upper house|lower house|house|national assembly|assembly|cabinet|regulator|watchdog|authority|commission|commissioner|ministry|minister|president|prime minister|premier|governor|attorney[- ]general|court|tribunal|agency|council|administration|diet|state council|internet regulator|competition|data protection|privacy|cabinet)\b/iu;
/** The mention is what is acted on or compared with, read from the words just before it. */
const OBJECT_BEFORE = /\b(?:to|against|on|into|toward|towards|targeting|from|over|with|for)\s+(?:the\s+)?$/i;
const PLACE_BEFORE = /\b(?:in|at|across|throughout|within)\s+(?:the\s+)?$/i;
const COMPARISON_BEFORE =
  /\b(?:after|like|than|unlike|similar(?:ly)?|modell?ed on|compared (?:with|to)|joining|joins|including|such as|cited|citing|follows?|following|as in|mirrors?|lagg?ed|behind|ahead of|versus|vs\.?|others?|aligns?|aligned|align\w*\s+\w+\s+with|experience of|member states?|members?|allies)\b[^.;]{0,40}$/i;
/** "the Chinese company DeepSeek", "U.S. technology firms", "American businesses", "US analog chips". */
const COMPANY_AFTER =
  /^(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}(?:company|companies|firm|firms|giant|giants|group|start-ups?|startups?|business(?:es)?|chipmakers?|makers?|manufacturers?|exporters?|investors?|brands?|platforms?|apps?|carriers?|operators?|banks?|chips?|products?|goods|imports?|conglomerate|subsidiary|multinationals?|providers?)\b/iu;
const KNOWN_COMPANY_AFTER = new RegExp(`^[’']s\\s+(?:${KNOWN_ORGANISATIONS.map(escapeRegExp).join('|')})\\b`, 'u');
/** "(S&D, Italy)": an aside. Only the 60 characters before are read, so a long text costs no more per mention. */
function insideBrackets(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

function contextFactor(text: string, index: number, length: number): number {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + length, index + length + 50);
  if (insideBrackets(text, index)) return 0.2;
  if (KNOWN_COMPANY_AFTER.test(after) || COMPANY_AFTER.test(after)) return 0.1;
  const clause = before.split(/[,;:.]/).pop() ?? '';
  if (COMPARISON_BEFORE.test(clause)) return 0.15;
  if (OWNS_INSTITUTION.test(after)) return 1.5;
  if (OBJECT_BEFORE.test(before)) return 0.3;
  if (PLACE_BEFORE.test(before)) return 0.5;
  return 1;
}

interface Score {
  entry: GazetteerEntry;
  /** How strongly the text has it act. */
  score: number;
  /** How strongly the text names it at all: companies' home countries and comparisons count here. */
  presence: number;
  /** Best single mention's weight in the headline or lead, and the words around it. */
  leadScore: number;
  evidence: string;
  evidenceWeight: number;
  first: number;
}

export interface JurisdictionSources {
  title: string;
  body: string;
  /** The publisher's name (a ministry or regulator names its country). */
  publisher?: string;
  /** The place of the dateline ("ALBANY", "OSAKA, Japan"). */
  datelinePlace?: string;
}

export interface Jurisdictions {
  acting: string[];
  mentioned: string[];
  actingEvidence: FieldEvidence;
  mentionedEvidence: FieldEvidence;
}

/** The headline, lead, second sentence and the rest, each with its weight. */
function passages(sources: JurisdictionSources): { text: string; place: Place }[] {
  const sentences = sources.body.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”’)]?)\s+(?=["“(\p{Lu}\p{N}])/u);
  const place = sources.datelinePlace ? sources.datelinePlace.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase()) : '';
  return [
    { text: sources.title, place: 'title' },
    { text: [place, sentences[0] ?? ''].filter(Boolean).join(' — '), place: 'lead' },
    { text: sentences[1] ?? '', place: 'second' },
    { text: sentences.slice(2).join(' '), place: 'body' },
    { text: sources.publisher ?? '', place: 'furniture' },
  ];
}

function tally(sources: JurisdictionSources): Map<string, Score> {
  const { pattern, phrases } = getMatcher();
  const scores = new Map<string, Score>();
  let offset = 0;
  for (const { text, place } of passages(sources)) {
    for (const match of text.matchAll(pattern)) {
      const phrase = phrases.get(match[0]);
      if (!phrase?.entry) continue;
      const index = match.index ?? 0;
      const factor = contextFactor(text, index, match[0].length);
      const weight = phrase.weight * PLACE_WEIGHT[place] * factor;
      const current = scores.get(phrase.entry.name) ?? { entry: phrase.entry, score: 0, presence: 0, leadScore: 0, evidence: '', evidenceWeight: 0, first: offset + index };
      current.score += weight;
      current.presence += phrase.weight * Math.max(factor, 0.5);
      if (place === 'title' || place === 'lead') current.leadScore = Math.max(current.leadScore, weight);
      if (weight > current.evidenceWeight && place !== 'furniture') {
        current.evidence = text.length > 300 ? sentenceAround(text, index) : text;
        current.evidenceWeight = weight;
      }
      scores.set(phrase.entry.name, current);
    }
    offset += text.length + 1;
  }
  const fullText = `${sources.title}\n${sources.body}`;
  for (const [name, score] of scores) {
    if (!score.entry.needsContext || score.entry.needsContext.some((word) => fullText.includes(word))) continue;
    scores.delete(name);
    const instead = score.entry.otherwise ? BY_NAME.get(score.entry.otherwise) : undefined;
    if (instead) {
      const current = scores.get(instead.name);
      scores.set(
        instead.name,
        current
          ? { ...current, score: current.score + score.score, presence: current.presence + score.presence, leadScore: Math.max(current.leadScore, score.leadScore) }
          : { ...score, entry: instead },
      );
    }
  }
  return scores;
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 2, 0);
  const end = text.indexOf('. ', index);
  return text.slice(start, end < 0 ? undefined : end + 1).trim();
}

/** Less than this is a place in passing ("the meeting took place in Brussels"), not a mention. */
const MIN_MENTION_SCORE = 0.5;
/** Less than this is a passing mention: nothing acts. */
const MIN_ACTING_SCORE = 1;
/** Another jurisdiction acts too when it scores this share of the first and is in the headline or lead. */
const JOINT_SHARE = 0.75;
/** A state or province of the acting country acts with it when it scores this share and is in the headline or lead. */
const SUBNATIONAL_SHARE = 0.35;
const STATE_GOVERNMENT = /\b(?:Gov\.|Governor|Premier|state legislature|provincial|the province|the state\b|state agencies|state's|province's|Legislature)/;

/** The acting jurisdictions (country before its state or province) and the mentioned ones, by salience. */
export function classifyJurisdictions(sources: JurisdictionSources): Jurisdictions {
  const scores = [...tally(sources).values()].sort((a, b) => b.score - a.score || a.first - b.first);
  const acting: Score[] = [];
  const top = scores[0];
  if (top && top.score >= MIN_ACTING_SCORE) {
    acting.push(top);
    for (const other of scores.slice(1)) {
      const sameCountry = other.entry.parent === (top.entry.parent ?? top.entry.name) || top.entry.parent === other.entry.name;
      if (other.entry.kind === 'subnational' && sameCountry) {
        if (other.leadScore > 0 && (other.score >= SUBNATIONAL_SHARE * top.score || STATE_GOVERNMENT.test(sources.body))) acting.push(other);
      } else if (other.score >= JOINT_SHARE * top.score && other.leadScore >= 1 && !sameCountry) acting.push(other);
    }
  }
  // A state or province acts with its country: the country first, so filters by country find it.
  const names: string[] = [];
  for (const score of acting) {
    const parent = score.entry.parent;
    if (parent && !names.includes(parent)) names.push(parent);
    if (!names.includes(score.entry.name)) names.push(score.entry.name);
  }
  const mentioned = scores
    .filter((s) => s.presence >= MIN_MENTION_SCORE)
    .sort((a, b) => b.presence - a.presence || a.first - b.first)
    .map((s) => s.entry.name)
    .filter((name) => !names.includes(name));
  const runnerUp = scores.find((s) => !names.includes(s.entry.name));
  const unsure = !top || top.score < 2 * MIN_ACTING_SCORE || (runnerUp !== undefined && runnerUp.score > 0.6 * top.score);
  return {
    acting: names,
    mentioned,
    actingEvidence: top
      ? { text: top.evidence || sources.title, unsure }
      : { text: 'No government, legislature, regulator or bloc is named; left for you to fill in.', unsure: true },
    mentionedEvidence: { text: mentioned.length ? `Named without acting: ${mentioned.join(', ')}.` : 'No other jurisdiction is named.', unsure: false },
  };
}

/** Every jurisdiction a text names, by salience (acting ones first); kept for callers that want one list. */
export function extractJurisdictions(title: string, body: string): string[] {
  const { acting, mentioned } = classifyJurisdictions({ title, body });
  return [...acting, ...mentioned];
}
