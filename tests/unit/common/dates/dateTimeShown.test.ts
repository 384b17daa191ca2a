import { describe, expect, it } from 'vitest';
import { dateTimeShown } from '../../../../common/dates/dateTimeShown';

describe('dateTimeShown', () => {
  it('shows a moment as the locale’s medium date and short time, as toLocaleString would', () => {
    const iso = '2026-12-07T10:05:00.000Z';
    expect(dateTimeShown(iso)).toBe(new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  });

  it('shows a value that is no date as it is, rather than throwing', () => {
    expect(dateTimeShown('not a date')).toBe('not a date');
  });
});
