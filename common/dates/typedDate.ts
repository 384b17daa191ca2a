import { isCalendarDate, isoDate, monthName, parseIsoDate, utcFormatter, utcInstant, type CalendarDate } from './calendarDate';
import { dateInWords } from './dateStyle';

/**
 * Dates in the note's form: shown in the note's language rather than the browser's, and read
 * back from what the writer types in that language's forms, ISO, or with a month name.
 */

/** Order of day, month and year in the language's numeric form (06/12/2026, 12/06/2026, 2026-12-06). */
export type NumericOrder = 'dmy' | 'mdy' | 'ymd';

function partOrder(language: string, options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>): string {
  return utcFormatter(language, options)
    .formatToParts(utcInstant({ year: 2026, month: 12, day: 31 }))
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year')
    .map((type) => type[0])
    .join('');
}

export function numericOrder(language: string): NumericOrder {
  const order = partOrder(language, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

/** The language's numeric form of a date ("31/12/2026" in en-GB, "12/31/2026" in en-US, "2026-12-31" in en-CA and fr-CA). */
export function numericDate(date: CalendarDate, language: string): string {
  return utcFormatter(language, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(utcInstant(date));
}

/** The date in words as the language writes it ("December 6, 2026" in en-CA and en-US, "6 December 2026" in en-GB, "6 décembre 2026"). */
export function formDate(date: CalendarDate, language: string): string {
  const order = partOrder(language, { day: 'numeric', month: 'long', year: 'numeric' });
  return dateInWords(date, order.indexOf('m') < order.indexOf('d') ? 'month-day-year' : 'day-month-year', language);
}

/** What the field shows for a stored value: the date in words, or what was typed when it is not a date. */
export function dateFieldText(value: string, language: string): string {
  const date = parseIsoDate(value);
  return date ? formDate(date, language) : value;
}

/** Letters without accents, lower case: "Déc." and "dec" are the same word. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const monthNamesOf = new Map<string, string[][]>();

/** Month names in English and the note's language, long and short, folded, without dots. */
function monthNames(language: string): string[][] {
  let names = monthNamesOf.get(language);
  if (!names) {
    const languages = [...new Set(['en', language])];
    names = Array.from({ length: 12 }, (_, index) =>
      languages.flatMap((lang) => (['long', 'short'] as const).map((width) => fold(monthName(index + 1, lang, width)).replace(/\.$/, ''))),
    );
    monthNamesOf.set(language, names);
  }
  return names;
}

/** The month a word names: a name or an unambiguous start of one, three letters at least ("sept", "déc", "juil"). */
function monthOf(word: string, names: string[][]): number | null {
  const found = names.flatMap((forms, index) => (forms.some((name) => name === word || (word.length >= 3 && name.startsWith(word))) ? [index + 1] : []));
  return found.length === 1 ? found[0]! : null;
}

/** Words that may stand around a date without changing it: "the 6th of December", "le 6 décembre". */
const FILLER = new Set(['of', 'the', 'le']);

function fromNumbers(numbers: string[], language: string): CalendarDate | null {
  if (numbers.length !== 3 || numbers.some((n) => n.length > 4)) return null;
  const [a, b, c] = numbers.map(Number) as [number, number, number];
  if (numbers[0]!.length === 4) return { year: a, month: b, day: c };
  if (numbers[2]!.length !== 4) return null;
  const order = numericOrder(language);
  if (order === 'dmy') return { year: c, month: b, day: a };
  if (order === 'mdy') return { year: c, month: a, day: b };
  // A language whose numbers run year first (en-CA, fr-CA) gives no rule for 06/12/2026: take it only when one reading is impossible.
  if (a > 12 && b <= 12) return { year: c, month: b, day: a };
  if (b > 12 && a <= 12) return { year: c, month: a, day: b };
  return null;
}

/** The date typed in the form, or null when it is not (yet) one. */
export function readTypedDate(text: string, language: string): CalendarDate | null {
  const typed = fold(text.trim());
  if (typed === '') return null;
  const iso = parseIsoDate(typed);
  if (iso) return iso;
  const tokens = typed.split(/[\s,./-]+/).filter((token) => token !== '');
  const numbers: string[] = [];
  const words: string[] = [];
  for (const token of tokens) {
    const number = /^(\d+)(?:er|re|st|nd|rd|th)?$/.exec(token);
    if (number) numbers.push(number[1]!);
    else if (/^\p{L}+$/u.test(token)) {
      if (!FILLER.has(token)) words.push(token);
    } else return null;
  }
  let date: CalendarDate | null;
  if (words.length === 0) {
    date = fromNumbers(numbers, language);
  } else {
    const month = words.length === 1 ? monthOf(words[0]!, monthNames(language)) : null;
    const year = numbers.filter((n) => n.length === 4);
    const day = numbers.filter((n) => n.length <= 2);
    date = month !== null && numbers.length === 2 && year.length === 1 && day.length === 1 ? { year: Number(year[0]), month, day: Number(day[0]) } : null;
  }
  return date && isCalendarDate(date) ? date : null;
}

/** The value stored for what was typed: the ISO date when it is one, otherwise the text exactly as typed. */
export function storedDateValue(text: string, language: string): string {
  const date = readTypedDate(text, language);
  return date ? isoDate(date) : text;
}

/** Why a stored value is not a date, naming the forms that are read; null for a date or an empty field. */
export function dateProblem(value: string, language: string): string | null {
  if (value.trim() === '' || parseIsoDate(value)) return null;
  const example = { year: 2026, month: 12, day: 31 };
  return `Not a date Brieflink can read: type it like ${formDate(example, language)} or ${numericDate(example, language)}. It is kept and prints as typed.`;
}
