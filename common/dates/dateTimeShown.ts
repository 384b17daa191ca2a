/**
 * One formatter for the "7 Dec 2026, 10:00" the window shows beside comments, suggestions,
 * versions and notes, in the user's own locale. Made once: `toLocaleString` with options
 * builds a new formatter on every call, which is most of the cost of a list of hundreds.
 */
const MEDIUM_DATE_SHORT_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment (an ISO string from a file or the back end) as the window shows it; a value that is no date is shown as it is. */
export function dateTimeShown(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : MEDIUM_DATE_SHORT_TIME.format(date);
}
