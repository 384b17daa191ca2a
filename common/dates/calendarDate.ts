/**
 * A day in the calendar, with no time and no time zone: what a note's date field holds. The
 * note stores it as ISO 8601 (2026-12-06); everything shown or printed is made from it here,
 * with Intl in UTC, so no time zone can move the day.
 */
export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real day of a year from 1000 to 9999 (four digits, as the ISO form writes it). */
export function isCalendarDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The date in a value written exactly as yyyy-mm-dd, or null for anything else (partial, padded, impossible). */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDate(date) ? date : null;
}

export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Noon UTC of the day: formatted in UTC it is that day everywhere. */
export function utcInstant({ year, month, day }: CalendarDate): Date {
  const instant = new Date(Date.UTC(2000, month - 1, day, 12));
  // Date.UTC reads years 0–99 as 1900–1999; set the year on its own.
  instant.setUTCFullYear(year);
  return instant;
}

/** True for French ("fr", "fr-CA", "fr-FR"): the only language besides English whose dates Brieflink writes its own way. */
export function isFrench(language: string): boolean {
  return /^fr(?:-|$)/i.test(language);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter in UTC for the language, made once: making one is slow (a form reads a date on
 * every keystroke), using one is fast.
 */
export function utcFormatter(language: string, options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The language's name for the month, as it is written inside a date ("décembre", "December"; "déc.", "Dec" when short). */
export function monthName(month: number, language: string, width: 'long' | 'short' = 'long'): string {
  const parts = utcFormatter(language, { day: 'numeric', month: width, year: 'numeric' }).formatToParts(utcInstant({ year: 2026, month, day: 15 }));
  return parts.find((part) => part.type === 'month')?.value ?? String(month);
}
