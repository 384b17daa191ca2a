import { describe, expect, it } from 'vitest';
import { extractKeyDates, firstExplicitDate } from '../../common/extract/dates';
import { fiscalConventionFor } from '../../common/extract/fiscalYears';

const ANCHOR = '2026-03-10'; // a Tuesday
const datesIn = (sentence: string, anchor = ANCHOR) => extractKeyDates([sentence], anchor).map((d) => d.date);

describe('explicit dates', () => {
  it.each([
    ['The rule applies from 15 March 2026.', '2026-03-15'],
    ['The rule applies from March 15, 2026.', '2026-03-15'],
    ['The rule applies from 2026-03-15.', '2026-03-15'],
    ['The rule applies from 1st April 2027.', '2027-04-01'],
    ['The rule applies from Sept. 3, 2026.', '2026-09-03'],
    ['The hearing is on 20 June.', '2026-06-20'],
    ['The hearing is on June 20.', '2026-06-20'],
  ])('%s → %s', (sentence, date) => {
    expect(datesIn(sentence)).toEqual([date]);
  });

  it('rejects impossible calendar dates', () => {
    expect(datesIn('It was due on 31 February 2026.')).toEqual([]);
  });

  it('reads day ranges as their first and last day', () => {
    expect(datesIn('The summit runs 15–16 June 2027.')).toEqual(['2027-06-15', '2027-06-16']);
    expect(datesIn('The summit runs between 1 and 15 March 2026.')).toEqual(['2026-03-01', '2026-03-15']);
    expect(datesIn('The summit runs March 1-3, 2026.')).toEqual(['2026-03-01', '2026-03-03']);
  });

  it('reads months, quarters and halves as their first day, or their last after "by"', () => {
    expect(datesIn('Applications open in April 2027.')).toEqual(['2027-04-01']);
    expect(datesIn('Applications must be filed by April 2027.')).toEqual(['2027-04-30']);
    expect(datesIn('A pilot runs in Q3 2026.')).toEqual(['2026-07-01']);
    expect(datesIn('Ratification is expected by Q4 2027.')).toEqual(['2027-12-31']);
    expect(datesIn('Talks end in the third quarter of 2026.')).toEqual(['2026-07-01']);
    expect(datesIn('They hope to finish in the first half of 2027.')).toEqual(['2027-01-01']);
    expect(datesIn('They hope to finish by H2 2027.')).toEqual(['2027-12-31']);
  });

  it('reads fiscal years by the convention of the main jurisdiction', () => {
    const fy = (sentence: string, jurisdiction?: string) =>
      extractKeyDates([sentence], ANCHOR, fiscalConventionFor(jurisdiction)).map((d) => d.date);
    expect(fy('The budget covers FY2027.')).toEqual(['2026-10-01']); // US federal by default
    expect(fy('The money runs out by the end of fiscal year 2027.', 'United States')).toEqual(['2027-09-30']);
    expect(fy('The budget covers fiscal year 2027.', 'Japan')).toEqual(['2027-04-01']);
    expect(fy('The budget covers FY27.', 'India')).toEqual(['2026-04-01']);
    expect(fy('The budget covers FY2027.', 'Australia')).toEqual(['2026-07-01']);
  });

  it('does not take a bare year for a date', () => {
    expect(datesIn('Since the 2019 sanctions, trade has fallen by 2026 units.')).toEqual([]);
  });
});

describe('relative dates, resolved against the anchor', () => {
  it.each([
    ['A formal announcement is expected within the next 60 days.', '2026-05-09', 'Formal announcement expected (within 60 days)'],
    ['A decision is due in two months.', '2026-05-10', 'Decision due (in 2 months)'],
    ['The review will report in 90 days.', '2026-06-08', 'Review will report (in 90 days)'],
    ['Guidance will follow next week.', '2026-03-17', 'Guidance will follow (next week)'],
    ['The committee meets next month.', '2026-04-10', 'Committee meets (next month)'],
    ['The ministry will publish rules by the end of the year.', '2026-12-31', 'Ministry will publish rules (by the end of the year)'],
    ['Operators must finish by the end of 2029.', '2029-12-31', 'Operators must finish (by the end of 2029)'],
    ['The law will be reviewed next year.', '2027-01-01', 'Law reviewed (next year)'],
    ['Member states have two months to reply.', '2026-05-10', 'Member states have to reply (within 2 months)'],
    ['The firms have 20 working days to respond.', '2026-04-07', 'Firms have to respond (within 20 working days)'],
    ['A vote is expected over the coming six weeks.', '2026-04-21', 'Vote expected (in 6 weeks)'],
    ['Results are due 30 days from now.', '2026-04-09', 'Results due (in 30 days)'],
    ['The consultation closes at the end of the month.', '2026-03-31', 'Consultation closes (end of the month)'],
  ])('%s', (sentence, date, label) => {
    expect(extractKeyDates([sentence], ANCHOR)).toEqual([expect.objectContaining({ date, label })]);
  });

  it('adds a month to the 31st as the last day of the shorter month', () => {
    expect(datesIn('A decision is due in one month.', '2026-01-31')).toEqual(['2026-02-28']);
  });

  it('does not resolve a period counted from some other event', () => {
    expect(datesIn('Firms must comply within 30 days of the law taking effect.')).toEqual([]);
    expect(datesIn('Platforms must act within two hours of a complaint.')).toEqual([]);
  });

  it('keeps the source words for the reviewer', () => {
    expect(extractKeyDates(['A formal announcement is expected within the next 60 days.'], ANCHOR)[0].source).toBe('within the next 60 days');
  });

  it('lists one entry per date, in date order', () => {
    const found = extractKeyDates(['Rules apply on 1 July 2026.', 'Talks end on 1 May 2026.', 'Rules apply from 1 July 2026 again.'], ANCHOR);
    expect(found.map((d) => d.date)).toEqual(['2026-05-01', '2026-07-01']);
  });

  it('falls back to a fixed anchor when the anchor is not a date', () => {
    expect(() => extractKeyDates(['Due next week.'], 'not a date')).not.toThrow();
  });
});

describe('firstExplicitDate', () => {
  it('reads a dateline or a "Published" line, and ignores relative phrases', () => {
    expect(firstExplicitDate('2 June 2026', ANCHOR)).toBe('2026-06-02');
    expect(firstExplicitDate('in two months', ANCHOR)).toBeNull();
  });
});
