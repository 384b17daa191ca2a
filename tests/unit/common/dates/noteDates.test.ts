import { describe, expect, it } from 'vitest';
import { daysInMonth, isoDate, parseIsoDate } from '../../../../common/dates/calendarDate';
import { printDate } from '../../../../common/dates/dateStyle';
import { dateFieldText, dateProblem, formDate, numericDate, numericOrder, readTypedDate, storedDateValue } from '../../../../common/dates/typedDate';
import { DEFAULT_NOTE_LANGUAGE, noteLanguage } from '../../../../common/noteLanguage';

const LANGUAGES = ['en-CA', 'en-GB', 'en-US', 'en-AU', 'fr-CA', 'fr-FR'];
const DEC_6 = { year: 2026, month: 12, day: 6 };

describe('ISO dates as stored', () => {
  it('reads only whole, real yyyy-mm-dd dates', () => {
    expect(parseIsoDate('2026-12-06')).toEqual(DEC_6);
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2027-02-29', '2026-13-01', '2026-00-10', '2026-12-32', '2026-12', '2026-12-6', ' 2026-12-06', '06/12/2026', '']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(isoDate({ year: 2026, month: 3, day: 1 })).toBe('2026-03-01');
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 4)]).toEqual([29, 28, 29, 30]);
  });
});

describe('printDate: a date field in the template style and the note language', () => {
  it('prints day month year, month day year and ISO in English', () => {
    expect(printDate('2026-12-06', 'day-month-year', 'en-GB')).toBe('6 December 2026');
    expect(printDate('2026-12-06', 'day-month-year', 'en-CA')).toBe('6 December 2026');
    expect(printDate('2026-12-06', 'month-day-year', 'en-US')).toBe('December 6, 2026');
    expect(printDate('2026-12-06', 'month-day-year', 'en-CA')).toBe('December 6, 2026');
    expect(printDate('2026-12-06', 'iso', 'en-GB')).toBe('2026-12-06');
  });

  it('writes French with the day first and "1er" for the first of the month', () => {
    expect(printDate('2026-12-06', 'day-month-year', 'fr-CA')).toBe('6 décembre 2026');
    expect(printDate('2026-12-01', 'day-month-year', 'fr-FR')).toBe('1er décembre 2026');
    // French has no month-first form: a US-style template still prints a French note day first.
    expect(printDate('2026-02-01', 'month-day-year', 'fr-CA')).toBe('1er février 2026');
    expect(printDate('2026-12-01', 'iso', 'fr-FR')).toBe('2026-12-01');
    // English has no "1er".
    expect(printDate('2026-12-01', 'day-month-year', 'en-AU')).toBe('1 December 2026');
  });

  it('prints leap day and the ends of the year as that day, whatever the time zone', () => {
    expect(printDate('2028-02-29', 'day-month-year', 'en-GB')).toBe('29 February 2028');
    expect(printDate('2027-01-01', 'month-day-year', 'en-US')).toBe('January 1, 2027');
    expect(printDate('2026-12-31', 'day-month-year', 'fr-FR')).toBe('31 décembre 2026');
    // Intl is asked in UTC: the host's zone (here far east and far west of it) never moves the day.
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        expect(printDate('2026-01-01', 'day-month-year', 'en-GB')).toBe('1 January 2026');
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('prints anything that is not a whole date exactly as typed, never failing', () => {
    for (const typed of ['', 'next Tuesday', '2026-12', '2027-02-29', '06/12/2026', 'TBC <b>', '  31 Nov 2026 ']) {
      expect(printDate(typed, 'day-month-year', 'en-GB')).toBe(typed);
    }
  });
});

describe('dates in the form, in the note language', () => {
  it('shows a stored date in words as the language writes it', () => {
    expect(LANGUAGES.map((language) => formDate(DEC_6, language))).toEqual([
      'December 6, 2026',
      '6 December 2026',
      'December 6, 2026',
      '6 December 2026',
      '6 décembre 2026',
      '6 décembre 2026',
    ]);
    expect(formDate({ year: 2026, month: 12, day: 1 }, 'fr-CA')).toBe('1er décembre 2026');
    expect(dateFieldText('2026-12-06', 'en-GB')).toBe('6 December 2026');
    expect(dateFieldText('next Tuesday', 'en-GB')).toBe('next Tuesday');
  });

  it("knows each language's numeric form", () => {
    expect(LANGUAGES.map((language) => [numericOrder(language), numericDate(DEC_6, language)])).toEqual([
      ['ymd', '2026-12-06'],
      ['dmy', '06/12/2026'],
      ['mdy', '12/06/2026'],
      ['dmy', '06/12/2026'],
      ['ymd', '2026-12-06'],
      ['dmy', '06/12/2026'],
    ]);
  });

  it('reads the numeric form in the order of the note language', () => {
    expect(readTypedDate('06/12/2026', 'en-GB')).toEqual(DEC_6);
    expect(readTypedDate('12/06/2026', 'en-US')).toEqual(DEC_6);
    expect(readTypedDate('6.12.2026', 'fr-FR')).toEqual(DEC_6);
    expect(readTypedDate('2026-12-06', 'en-US')).toEqual(DEC_6);
    expect(readTypedDate('2026/12/6', 'en-GB')).toEqual(DEC_6);
    // A year-first language reads day and month only when one order is impossible.
    expect(readTypedDate('13/06/2026', 'en-CA')).toEqual({ year: 2026, month: 6, day: 13 });
    expect(readTypedDate('06/13/2026', 'fr-CA')).toEqual({ year: 2026, month: 6, day: 13 });
    expect(readTypedDate('06/12/2026', 'en-CA')).toBeNull();
    expect(readTypedDate('13/06/2026', 'en-US')).toBeNull();
  });

  it('reads month names in English and the note language, long, short or begun, with ordinals', () => {
    for (const typed of ['6 December 2026', 'December 6, 2026', 'Dec 6 2026', '6th of December, 2026', 'the 6th December 2026', '6-dec-2026', 'dec. 6, 2026']) {
      expect(readTypedDate(typed, 'en-GB'), typed).toEqual(DEC_6);
    }
    for (const typed of ['6 décembre 2026', '6 DÉC. 2026', 'le 6 decembre 2026', '6 December 2026']) {
      expect(readTypedDate(typed, 'fr-CA'), typed).toEqual(DEC_6);
    }
    expect(readTypedDate('1er décembre 2026', 'fr-FR')).toEqual({ year: 2026, month: 12, day: 1 });
    expect(readTypedDate('4 juil 2026', 'fr-FR')).toEqual({ year: 2026, month: 7, day: 4 });
    expect(readTypedDate('29 Feb 2028', 'en-AU')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('reads nothing from partial, ambiguous or impossible dates', () => {
    for (const typed of ['', '   ', '6 December', 'December 2026', '29 Feb 2027', '31/04/2026', '6 Ju 2026', '4 jui 2026', '6 Decembre 2026 extra', '06/12/26', '2026-12-06T10:00', 'Sunday 6 December 2026']) {
      expect(readTypedDate(typed, 'fr-FR'), typed).toBeNull();
    }
  });

  it('stores a date read as ISO and anything else as typed, and names the problem next to the field', () => {
    expect(storedDateValue('6 December 2026', 'en-GB')).toBe('2026-12-06');
    expect(storedDateValue('6 Dec', 'en-GB')).toBe('6 Dec');
    expect(storedDateValue('', 'en-GB')).toBe('');
    expect(dateProblem('2026-12-06', 'en-GB')).toBeNull();
    expect(dateProblem('', 'en-GB')).toBeNull();
    expect(dateProblem('6 Dec', 'en-GB')).toBe('Not a date Brieflink can read: type it like 31 December 2026 or 31/12/2026. It is kept and prints as typed.');
    expect(dateProblem('soon', 'en-US')).toContain('December 31, 2026 or 12/31/2026');
  });
});

describe('noteLanguage', () => {
  it("takes the note's language, and Canadian English for notes without one", () => {
    expect(DEFAULT_NOTE_LANGUAGE).toBe('en-CA');
    expect(noteLanguage({})).toBe('en-CA');
    expect(noteLanguage({ language: 'fr-FR' })).toBe('fr-FR');
    expect(noteLanguage({ language: 42 })).toBe('en-CA');
    expect(noteLanguage({ language: 'en_GB; drop' })).toBe('en-CA');
  });
});
