import type { ProposedKeyDate } from './types';
import { labelFor } from './dateLabels';
import { fiscalYearBounds, US_FEDERAL_FISCAL_YEAR, type FiscalConvention } from './fiscalYears';
import { isoDate, parseIso, toIso } from './text';

/*
 * Key dates, read with our own patterns rather than chrono-node: chrono (2.10.3, no
 * dependencies, would run in common/) reads explicit dates well, but the labels, the
 * "within the next 60 days" follow-ups, quarters, halves and fiscal years need the span
 * and wording of each match, which these patterns give directly and quickly.
 *
 * Conventions, chosen for follow-ups: "by/before/until/end of" a period means its last day,
 * otherwise its first day. Fiscal years follow the convention of the text's main
 * jurisdiction (fiscalYears.ts), US federal when unknown (FY2027 = 1 Oct 2026 – 30 Sep 2027).
 *
 * Everything not written in full (a day without a year, a weekday, "today", "within 60
 * days") is counted from the article's published date, in the direction its clause's tense
 * points ("was signed on Friday" looks back, "will vote on Friday" forward). Without a
 * published date these are left out rather than guessed from the day of the import.
 * Durations and look-backs ("for over four years", "the first time in 10 years", "over 19
 * months") are not dates at all.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const DASH = '\\s*(?:–|—|-|to|and|until|through)\\s*';
const ENDING = '(?:by|before|until|till|no later than|end of|the end of|close of)';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, 'forty-five': 45, sixty: 60, ninety: 90,
};
const AMOUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

type Unit = 'day' | 'week' | 'month' | 'year' | 'working day';

interface Found {
  start: number;
  end: number;
  dates: string[];
  /** The wording for the label: "within 60 days", "15 March 2026". */
  phrase: string;
  estimate: boolean;
}

interface Context {
  /** The published date; null when unknown, and then nothing is counted from it. */
  anchor: Date | null;
  fiscal: FiscalConvention;
}

/** Where the words around a date point: back from the published date, forward, or nowhere clear. */
export type Tense = 'past' | 'future' | null;

interface Reading {
  dates: (string | null)[];
  phrase?: string;
  /** Counted from the published date rather than written out. */
  estimate?: boolean;
}

interface Rule {
  pattern: RegExp;
  read: (match: RegExpExecArray, anchor: Date | null, endingBefore: boolean, context: Context, tense: () => Tense) => Reading | null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function lastDay(year: number, month: number): string {
  return toIso(new Date(Date.UTC(year, month, 0)));
}

function addUnits(anchor: Date, amount: number, unit: Unit): string {
  const date = new Date(anchor.getTime());
  if (amount < 0 && unit === 'day') {
    date.setUTCDate(date.getUTCDate() + amount);
    return toIso(date);
  }
  if (unit === 'working day') {
    // Weekends are skipped; public holidays differ by country and are not.
    for (let left = amount; left > 0; ) {
      date.setUTCDate(date.getUTCDate() + 1);
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left--;
    }
  }
  if (unit === 'day') date.setUTCDate(date.getUTCDate() + amount);
  if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * amount);
  if (unit === 'month' || unit === 'year') {
    const months = unit === 'month' ? amount : 12 * amount;
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + months);
    // 31 January plus a month is the last day of February, not 3 March.
    date.setUTCDate(Math.min(day, new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()));
  }
  return toIso(date);
}

function amountOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function period(year: number, firstMonth: number, months: number, ending: boolean): string | null {
  return ending ? lastDay(year, firstMonth + months - 1) : isoDate(year, firstMonth, 1);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The weekday nearest the anchor in the tense's direction: a past "on Friday" is the last
 * Friday on or before the anchor, a future one the first after it. "last"/"next" skip the
 * anchor's own day.
 */
function weekdayNear(anchor: Date, weekday: number, direction: 'past' | 'future', strict: boolean): string {
  const today = anchor.getUTCDay();
  if (direction === 'past') {
    const back = (today - weekday + 7) % 7 || (strict ? 7 : 0);
    return addUnits(anchor, -back, 'day');
  }
  const ahead = (weekday - today + 7) % 7 || (strict ? 7 : 0);
  return addUnits(anchor, ahead, 'day');
}

/** A day of a month, with its year as written, or the one the tense points to from the anchor. */
function dayOfMonth(yearText: string | undefined, month: number, day: number, anchor: Date | null, tense: () => Tense): Reading {
  if (yearText) return { dates: [isoDate(+yearText, month, day)] };
  if (!anchor) return { dates: [] };
  const year = anchor.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => isoDate(y, month, day)).filter((d): d is string => d !== null);
  const at = toIso(anchor);
  const direction = tense();
  const distance = (date: string) => Math.abs(Date.parse(date) - anchor.getTime());
  const pool =
    direction === 'future' ? candidates.filter((d) => d >= at) : direction === 'past' ? candidates.filter((d) => d <= at) : candidates;
  const chosen = (pool.length ? pool : candidates).sort((a, b) => distance(a) - distance(b))[0];
  return { dates: [chosen ?? null] };
}

const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };

/** Most specific first: a span taken by one rule is not read again by a later one. */
const RULES: Rule[] = [
  {
    // 1–15 March 2026, between 1 and 15 March 2026
    pattern: new RegExp(`\\b${DAY}${DASH}${DAY}\\s+${MONTH}\\s+${YEAR}\\b`, 'gi'),
    read: (m) => ({ dates: [isoDate(+m[4], monthNumber(m[3]), +m[1]), isoDate(+m[4], monthNumber(m[3]), +m[2])] }),
  },
  {
    // March 1–15, 2026
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}${DASH}${DAY},?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => ({ dates: [isoDate(+m[4], monthNumber(m[1]), +m[2]), isoDate(+m[4], monthNumber(m[1]), +m[3])] }),
  },
  {
    // 15 March 2026, 15 March (the year from the published date and the tense)
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    read: (m, anchor, _ending, _context, tense) => dayOfMonth(m[3], monthNumber(m[2]), +m[1], anchor, tense),
  },
  {
    // March 15, 2026, March 15
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}(?!\\d)(?:,?\\s+${YEAR})?\\b`, 'gi'),
    read: (m, anchor, _ending, _context, tense) => dayOfMonth(m[3], monthNumber(m[1]), +m[2], anchor, tense),
  },
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => ({ dates: [isoDate(+m[1], +m[2], +m[3])] }),
  },
  {
    // Q3 2026, the third quarter of 2026
    pattern: new RegExp(`\\b(?:Q([1-4])\\s*${YEAR}|(first|second|third|fourth|final|last) quarter of\\s+${YEAR})\\b`, 'gi'),
    read: (m, _anchor, ending) => {
      const quarter = m[1] ? +m[1] : QUARTER_WORDS[m[3].toLowerCase()];
      const year = +(m[2] ?? m[4]);
      return { dates: [period(year, 3 * quarter - 2, 3, ending)] };
    },
  },
  {
    // H1 2027, the first half of 2027
    pattern: new RegExp(`\\b(?:H([12])\\s*${YEAR}|(first|second) half of\\s+${YEAR})\\b`, 'gi'),
    read: (m, _anchor, ending) => {
      const half = m[1] ? +m[1] : m[3].toLowerCase() === 'first' ? 1 : 2;
      return { dates: [period(+(m[2] ?? m[4]), half === 1 ? 1 : 7, 6, ending)] };
    },
  },
  {
    // FY2027, fiscal year 2027, FY27
    pattern: /\b(?:FY\s?|fiscal year\s+)((?:20)?\d{2})\b/gi,
    read: (m, _anchor, ending, { fiscal }) => {
      const bounds = fiscalYearBounds(m[1].length === 2 ? 2000 + +m[1] : +m[1], fiscal);
      return { dates: [ending ? lastDay(...bounds.end) : isoDate(...bounds.start)] };
    },
  },
  {
    // March 2026
    pattern: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'gi'),
    read: (m, _anchor, ending) => ({ dates: [period(+m[2], monthNumber(m[1]), 1, ending)] }),
  },
  {
    // the end of 2026, the end of the year, year-end, the end of next year
    pattern: /\b(?:(?:the\s+)?end\s+of\s+(?:(this|the|next)\s+year|((?:19|20)\d{2}))|(?:this\s+|next\s+)?year[- ]end)\b/gi,
    read: (m, anchor) => {
      const next = m[1]?.toLowerCase() === 'next' || /^next/i.test(m[0]);
      if (!m[2] && !anchor) return { dates: [] };
      const year = m[2] ? +m[2] : anchor!.getUTCFullYear() + (next ? 1 : 0);
      return { dates: [isoDate(year, 12, 31)], phrase: m[0].replace(/^the\s+/i, 'by the ') };
    },
  },
  {
    // the end of the month, later this month
    pattern: /\b(?:(?:the\s+)?end\s+of\s+(this|the|next)\s+month|later\s+this\s+month)\b/gi,
    read: (m, anchor) => {
      if (!anchor) return { dates: [] };
      const offset = m[1]?.toLowerCase() === 'next' ? 1 : 0;
      return { dates: [lastDay(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1 + offset)], phrase: m[0].replace(/^the\s+/i, ''), estimate: true };
    },
  },
  {
    // within the next 60 days, in two months, over the coming six weeks, 90 days from now,
    // after 18 months. "within 30 days of <event>" counts from the event, not from
    // publication, and "over 19 months" or "the first time in 10 years" are durations.
    pattern: new RegExp(
      `\\b(?:(within|in|after)\\s+(?:the\\s+)?(next|coming|following)?\\s*|(?:over|during)\\s+the\\s+(?:next|coming|following)\\s+)${AMOUNT}\\s+(day|week|month|year|working day|business day)s?(?!\\s+(?:of|after|from)\\s+(?!publication|today|now|this))(?:\\s+(?:from\\s+now|time))?\\b|\\b${AMOUNT}\\s+(day|week|month|year)s?\\s+from\\s+(?:now|today)\\b`,
      'gi',
    ),
    read: (m, anchor, _ending, _context, tense) => {
      const amount = amountOf(m[3] ?? m[5]);
      const unit = (m[4] ?? m[6]).toLowerCase().replace('business', 'working') as Unit;
      if (!anchor || !Number.isFinite(amount) || amount <= 0 || amount > 3650) return null;
      const forward = Boolean(m[2]) || Boolean(m[6]) || /^(?:over|during)/i.test(m[0]) || /^within/i.test(m[0]);
      // "in 10 years" or "after 18 months" name a date only in a clause about the future.
      if (!forward && tense() !== 'future') return null;
      const within = /^within/i.test(m[0]) ? 'within' : /^after/i.test(m[0]) ? 'after' : 'in';
      return { dates: [addUnits(anchor, amount, unit)], phrase: `${within} ${amount} ${unit}${amount === 1 ? '' : 's'}`, estimate: true };
    },
  },
  {
    // "have two months to reply", "has 20 working days to respond": the period alone is the match
    pattern: new RegExp(`(?<=\\b(?:have|has|given|get|gets)\\s+(?:only\\s+)?)${AMOUNT}\\s+(day|week|month|year|working day|business day)s?(?=\\s+to\\b)`, 'gi'),
    read: (m, anchor) => {
      const amount = amountOf(m[1]);
      const unit = m[2].toLowerCase().replace('business', 'working') as Unit;
      if (!anchor || !Number.isFinite(amount) || amount <= 0 || amount > 3650) return null;
      return { dates: [addUnits(anchor, amount, unit)], phrase: `within ${amount} ${unit}${amount === 1 ? '' : 's'}`, estimate: true };
    },
  },
  {
    // next week; "next month" and "next year" are whole months and years, not dates, and are left out
    pattern: /\b(?:next|the coming)\s+(week)\b/gi,
    read: (m, anchor) => (anchor ? { dates: [addUnits(anchor, 1, m[1].toLowerCase() as Unit)], estimate: true } : null),
  },
  {
    // today, yesterday, tomorrow, last night
    pattern: /\b(today|yesterday|tomorrow|last night|tonight)\b/gi,
    read: (m, anchor) => {
      if (!anchor) return null;
      const offset = { today: 0, tonight: 0, yesterday: -1, 'last night': -1, tomorrow: 1 }[m[1].toLowerCase()] ?? 0;
      return { dates: [addUnits(anchor, offset, 'day')] };
    },
  },
  {
    // on Friday, last Friday, next Monday; not "Tuesday, 5 August 2025", where the date is written
    pattern: new RegExp(`\\b(?:(last|next|this|coming)\\s+)?(${WEEKDAYS.join('|')})\\b(?!,?\\s+(?:the\\s+)?(?:\\d|${MONTH}))`, 'gi'),
    read: (m, anchor, _ending, _context, tense) => {
      if (!anchor) return null;
      const which = m[1]?.toLowerCase();
      const direction = which === 'last' ? 'past' : which === 'next' || which === 'coming' ? 'future' : tense();
      return { dates: [weekdayNear(anchor, WEEKDAYS.indexOf(capitalise(m[2])), direction ?? 'past', which === 'last' || which === 'next')] };
    },
  },
];

const ENDING_BEFORE = new RegExp(`${ENDING}\\s*(?:the\\s+)?$`, 'i');

/** Auxiliaries settle the tense when they are there: "had until 16 March", "will vote on Friday". */
const AUXILIARY = /\b(will|shall|would|is to|are to|is due to|are due to|was|were|had|did|has been|have been)\b/gi;
const PAST_AUXILIARY = /^(?:was|were|had|did|has been|have been)$/i;
/** A deadline word right before the date looks forward: "until 30 September", "by 6 November". */
const DEADLINE_BEFORE = /\b(?:until|till|by|before|from|starting|no later than|as of)\s*(?:the\s+)?$/i;
const FUTURE_CUE = /\b(?:expected|due|scheduled|set to|plans? to|intends? to|takes? (?:full )?effect|comes? into force|enters? into force|appl(?:y|ies)|applying|begins?|starts?|closes?|opens?|deadline|next|upcoming|later)\b/i;
const PAST_CUE =
  /\b(?:ago|earlier|last|previously|\w{3,}ed|said|told|made|took|gave|began|came|held|met|won|lost|sent|brought|wrote|spoke|chose|rose|fell|left|saw|found|paid|sought|struck|became|ran|got|kept|meant|put|set out|went)\b/i;
/** Words ending in -ed that do not say something happened. */
const NOT_PAST = /\b(?:expected|scheduled|proposed|planned|intended|needed|required|based|related|limited|united|red|bed|speed|need|feed|seed|embed|indeed|exceed|proceed|succeed|led|fled|shed|wed)\b/gi;

/** The tense of the clause a date sits in, read from its words before and just after the date. */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const clauseStart = Math.max(sentence.lastIndexOf(';', start), sentence.lastIndexOf(':', start), sentence.lastIndexOf(' while ', start), 0);
  const wide = sentence.slice(clauseStart, start);
  // The words since the last comma speak for the date first ("…, the regulator said on Friday").
  const near = wide.slice(wide.lastIndexOf(',') + 1);
  const before = /\b[a-z]{2,}\b/.test(near) ? near : wide;
  // After the date, only the clause's own verb counts, not one in a clause it introduces ("… on Wednesday that would let …").
  const after = sentence.slice(end, end + 40).split(/[,;:.]|\b(?:that|which|who|whose|where|to|so|because|after|before|while|when|if)\b/)[0] ?? '';
  const auxiliaries = [...`${before} ${after}`.matchAll(AUXILIARY)];
  // The auxiliary nearest the date wins: the last one before it, else the first after it.
  const nearest = [...before.matchAll(AUXILIARY)].pop() ?? [...after.matchAll(AUXILIARY)][0] ?? auxiliaries[0];
  if (nearest) return PAST_AUXILIARY.test(nearest[1]) ? 'past' : 'future';
  if (DEADLINE_BEFORE.test(before)) return 'future';
  const words = `${before} ${after}`.replace(NOT_PAST, '');
  const future = FUTURE_CUE.test(`${before} ${after}`);
  const past = PAST_CUE.test(words);
  if (future && !past) return 'future';
  if (past && !future) return 'past';
  return null;
}

function findDates(sentence: string, context: Context): Found[] {
  const { anchor } = context;
  const found: Found[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const ending = ENDING_BEFORE.test(sentence.slice(Math.max(0, start - 20), start)) || /^(?:the\s+)?end\s+of/i.test(m[0]);
      const read = rule.read(m, anchor, ending, context, () => tenseAt(sentence, start, end));
      const dates = (read?.dates ?? []).filter((date): date is string => date !== null);
      // An impossible or unresolvable date ("31 February 2026", "15 March" with no published
      // date) still takes its span, so that "February 2026" inside it is not read instead.
      if (dates.length === 0 && read) found.push({ start, end, dates, phrase: '', estimate: false });
      if (dates.length === 0) continue;
      found.push({ start, end, dates, phrase: read?.phrase ?? m[0].replace(/\s+/g, ' '), estimate: read?.estimate ?? false });
    }
  }
  return found;
}

/** Sentences worth scanning: anything with a digit or a word that can start a date. */
const MAY_HOLD_DATE = /\d|next|coming|within|end of|year-end|tomorrow|today|yesterday|tonight|night|later this|month|week|year|day\b/i;
const MAX_KEY_DATES = 12;

/**
 * Dates a text mentions, explicit ones as written and the rest resolved against `anchor`
 * (the published date; null leaves them out), each labelled from its clause. One entry per
 * calendar date (the first mention wins), in date order.
 */
export function extractKeyDates(sentences: readonly string[], anchorIso: string | null, fiscal = US_FEDERAL_FISCAL_YEAR): ProposedKeyDate[] {
  const context = { anchor: anchorIso ? parseIso(anchorIso) : null, fiscal };
  const byDate = new Map<string, ProposedKeyDate>();
  for (const sentence of sentences) {
    if (!MAY_HOLD_DATE.test(sentence)) continue;
    for (const found of findDates(sentence, context)) {
      const source = sentence.slice(found.start, found.end);
      for (const date of found.dates) {
        if (byDate.has(date)) continue;
        const phrase = found.estimate ? `estimate: ${found.phrase}, counted from publication` : found.phrase;
        byDate.set(date, { date, label: labelFor(sentence, found.start, found.end, phrase), source, estimate: found.estimate });
      }
    }
    if (byDate.size >= 4 * MAX_KEY_DATES) break;
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)).slice(0, MAX_KEY_DATES);
}

/** A calendar date written in full in a short text (a date line, a "Published …" line), with where it is. */
export interface WrittenDate {
  date: string;
  start: number;
  end: number;
}

const DAY_FIRST_NUMERIC = /\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b/g;

/**
 * Every date written in full (with its year) in a short text, in order: "2 June 2026",
 * "Dec. 22, 2025", "2024-12-26", and in furniture "13-03-2024" (day first, as outside the US).
 */
export function writtenDates(text: string): WrittenDate[] {
  const short = text.slice(0, 300);
  const found = findDates(short, { anchor: null, fiscal: US_FEDERAL_FISCAL_YEAR })
    .filter((f) => f.dates.length > 0 && /\d{4}/.test(f.phrase) && !/^(?:within|in|after)\s/i.test(f.phrase) && !/\b(?:Q[1-4]|H[12]|FY|quarter|half|end)\b/i.test(f.phrase))
    .map((f) => ({ date: f.dates[0], start: f.start, end: f.end }));
  for (const m of short.matchAll(DAY_FIRST_NUMERIC)) {
    const start = m.index ?? 0;
    if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue;
    const date = isoDate(+m[3], +m[2], +m[1]);
    if (date) found.push({ date, start, end: start + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first calendar date written in full in a short text, or null. */
export function firstExplicitDate(text: string): string | null {
  return writtenDates(text)[0]?.date ?? null;
}
