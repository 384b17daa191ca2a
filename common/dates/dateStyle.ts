import { z } from 'zod';
import { isFrench, monthName, parseIsoDate, type CalendarDate } from './calendarDate';

/**
 * How a template prints dates: "6 December 2026" (UK, Australian and Canadian notes),
 * "December 6, 2026" (US memos) or 2026-12-06 (some Canadian forms).
 */
export const DATE_STYLES = ['day-month-year', 'month-day-year', 'iso'] as const;
export const dateStyleSchema = z.enum(DATE_STYLES);
export type DateStyle = z.infer<typeof dateStyleSchema>;

/** Templates that say nothing print the form most briefing notes use. */
export const DEFAULT_DATE_STYLE: DateStyle = 'day-month-year';

/** For the template editor: each style named by an example. */
export const DATE_STYLE_LABELS: Record<DateStyle, string> = {
  'day-month-year': 'Day month year (6 December 2026)',
  'month-day-year': 'Month day, year (December 6, 2026)',
  iso: 'Year-month-day (2026-12-06)',
};

/**
 * A date in words. French always writes the day first and the first of the month as "1er"
 * ("1er décembre 2026"), whatever order the template prefers; English follows the order asked.
 */
export function dateInWords(date: CalendarDate, order: 'day-month-year' | 'month-day-year', language: string): string {
  const month = monthName(date.month, language);
  if (isFrench(language)) return `${date.day === 1 ? '1er' : date.day} ${month} ${date.year}`;
  return order === 'month-day-year' ? `${month} ${date.day}, ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/**
 * A date field's value as printed in the template's style and the note's language. The value
 * is stored as yyyy-mm-dd; anything else (a partial or impossible date, words typed in the
 * form) prints exactly as typed, so nothing the writer put there is lost or invented.
 */
export function printDate(value: string, style: DateStyle, language: string): string {
  const date = parseIsoDate(value.trim());
  if (!date) return value;
  if (style === 'iso') return value.trim();
  return dateInWords(date, style, language);
}
