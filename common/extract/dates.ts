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
 * Weekday names ("on Monday") are not resolved: news uses them for past and future alike.
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
}

interface Context {
  anchor: Date;
  fiscal: FiscalConvention;
}

interface Rule {
  pattern: RegExp;
  read: (match: RegExpExecArray, anchor: Date, endingBefore: boolean, context: Context) => { dates: (string | null)[]; phrase?: string } | null;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function lastDay(year: number, month: number): string {
  return toIso(new Date(Date.UTC(year, month, 0)));
}

function addUnits(anchor: Date, amount: number, unit: Unit): string {
  const date = new Date(anchor.getTime());
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
    // 15 March 2026, 15 March (year of the anchor)
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    read: (m, anchor) => ({ dates: [isoDate(m[3] ? +m[3] : anchor.getUTCFullYear(), monthNumber(m[2]), +m[1])] }),
  },
  {
    // March 15, 2026, March 15
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}(?!\\d)(?:,?\\s+${YEAR})?\\b`, 'gi'),
    read: (m, anchor) => ({ dates: [isoDate(m[3] ? +m[3] : anchor.getUTCFullYear(), monthNumber(m[1]), +m[2])] }),
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
      const year = m[2] ? +m[2] : anchor.getUTCFullYear() + (next ? 1 : 0);
      return { dates: [isoDate(year, 12, 31)], phrase: m[0].replace(/^the\s+/i, 'by the ') };
    },
  },
  {
    // the end of the month, later this month
    pattern: /\b(?:(?:the\s+)?end\s+of\s+(this|the|next)\s+month|later\s+this\s+month)\b/gi,
    read: (m, anchor) => {
      const offset = m[1]?.toLowerCase() === 'next' ? 1 : 0;
      return { dates: [lastDay(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1 + offset)], phrase: m[0].replace(/^the\s+/i, '') };
    },
  },
  {
    // within the next 60 days, in two months, over the coming six weeks, 90 days from now.
    // "within 30 days of <event>" is relative to the event, not to publication: not read.
    pattern: new RegExp(
      `\\b(?:(?:within|in|over|during)\\s+(?:the\\s+)?(?:next|coming|following)?\\s*${AMOUNT}\\s+(day|week|month|year|working day|business day)s?(?!\\s+(?:of|after)\\s+(?!publication|today|now|this))(?:\\s+(?:from\\s+now|time))?|${AMOUNT}\\s+(day|week|month|year)s?\\s+from\\s+(?:now|today))\\b`,
      'gi',
    ),
    read: (m, anchor) => {
      const amount = amountOf(m[1] ?? m[3]);
      const unit = (m[2] ?? m[4]).toLowerCase().replace('business', 'working') as Unit;
      if (!Number.isFinite(amount) || amount <= 0 || amount > 3650) return null;
      const within = /^within/i.test(m[0]) ? 'within' : 'in';
      return { dates: [addUnits(anchor, amount, unit)], phrase: `${within} ${amount} ${unit}${amount === 1 ? '' : 's'}` };
    },
  },
  {
    // "have two months to reply", "has 20 working days to respond": the period alone is the match
    pattern: new RegExp(`(?<=\\b(?:have|has|given|get|gets)\\s+(?:only\\s+)?)${AMOUNT}\\s+(day|week|month|year|working day|business day)s?(?=\\s+to\\b)`, 'gi'),
    read: (m, anchor) => {
      const amount = amountOf(m[1]);
      const unit = m[2].toLowerCase().replace('business', 'working') as Unit;
      if (!Number.isFinite(amount) || amount <= 0 || amount > 3650) return null;
      return { dates: [addUnits(anchor, amount, unit)], phrase: `within ${amount} ${unit}${amount === 1 ? '' : 's'}` };
    },
  },
  {
    pattern: /\b(?:next|the coming)\s+(week|month|year)\b|\btomorrow\b/gi,
    read: (m, anchor) => {
      const unit = (m[1]?.toLowerCase() ?? 'day') as Unit;
      if (unit === 'year') return { dates: [isoDate(anchor.getUTCFullYear() + 1, 1, 1)] };
      return { dates: [addUnits(anchor, 1, unit)] };
    },
  },
];

const ENDING_BEFORE = new RegExp(`${ENDING}\\s*$`, 'i');

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
      const read = rule.read(m, anchor, ending, context);
      const dates = (read?.dates ?? []).filter((date): date is string => date !== null);
      // An impossible date ("31 February 2026") still takes its span, so that "February
      // 2026" inside it is not read as a month instead.
      if (dates.length === 0 && read) found.push({ start, end, dates, phrase: '' });
      if (dates.length === 0) continue;
      found.push({ start, end, dates, phrase: read?.phrase ?? m[0].replace(/\s+/g, ' ') });
    }
  }
  return found;
}

/** Sentences worth scanning: anything with a digit or a word that can start a date. */
const MAY_HOLD_DATE = /\d|next|coming|within|end of|year-end|tomorrow|later this|month|week|year/i;
const MAX_KEY_DATES = 12;

/**
 * Dates a text mentions, explicit ones as written and relative ones resolved against
 * `anchor` (the publication date, else today), each labelled from its clause. One entry
 * per calendar date (the first mention wins), in date order.
 */
export function extractKeyDates(sentences: readonly string[], anchorIso: string, fiscal = US_FEDERAL_FISCAL_YEAR): ProposedKeyDate[] {
  const context = { anchor: parseIso(anchorIso) ?? new Date(Date.UTC(2000, 0, 1)), fiscal };
  const byDate = new Map<string, ProposedKeyDate>();
  for (const sentence of sentences) {
    if (!MAY_HOLD_DATE.test(sentence)) continue;
    for (const found of findDates(sentence, context)) {
      const source = sentence.slice(found.start, found.end);
      for (const date of found.dates) {
        if (byDate.has(date)) continue;
        byDate.set(date, { date, label: labelFor(sentence, found.start, found.end, found.phrase), source, estimate: false });
      }
    }
    if (byDate.size >= 4 * MAX_KEY_DATES) break;
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)).slice(0, MAX_KEY_DATES);
}

/** The first explicit calendar date in a short text (a dateline, a "Published …" line), or null. */
export function firstExplicitDate(text: string, anchorIso: string): string | null {
  const anchor = parseIso(anchorIso) ?? new Date(Date.UTC(2000, 0, 1));
  const explicit = findDates(text.slice(0, 300), { anchor, fiscal: US_FEDERAL_FISCAL_YEAR }).filter((found) => /\d/.test(found.phrase) && !/^(?:within|in)\s/i.test(found.phrase));
  explicit.sort((a, b) => a.start - b.start);
  return explicit[0]?.dates[0] ?? null;
}
