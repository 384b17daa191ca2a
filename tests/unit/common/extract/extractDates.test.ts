import { describe, expect, it } from 'vitest';
import { extractKeyDates, firstExplicitDate, tenseAt } from '../../../../common/extract/dates';
import { fiscalConventionFor } from '../../../../common/extract/fiscalYears';

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
    ['A formal announcement is expected within the next 60 days.', '2026-05-09', 'Formal announcement expected (estimate: within 60 days, counted from publication)'],
    ['A decision is due in two months.', '2026-05-10', 'Decision due (estimate: in 2 months, counted from publication)'],
    ['The review will report in 90 days.', '2026-06-08', 'Review will report (estimate: in 90 days, counted from publication)'],
    ['Guidance will follow next week.', '2026-03-17', 'Guidance will follow (estimate: next week, counted from publication)'],
    ['The ministry will publish rules by the end of the year.', '2026-12-31', 'Ministry will publish rules (by the end of the year)'],
    ['Operators must finish by the end of 2029.', '2029-12-31', 'Operators must finish (by the end of 2029)'],
    ['Member states have two months to reply.', '2026-05-10', 'Member states have to reply (estimate: within 2 months, counted from publication)'],
    ['The firms have 20 working days to respond.', '2026-04-07', 'Firms have to respond (estimate: within 20 working days, counted from publication)'],
    ['A vote is expected over the coming six weeks.', '2026-04-21', 'Vote expected (estimate: in 6 weeks, counted from publication)'],
    ['Results are due 30 days from now.', '2026-04-09', 'Results due (estimate: in 30 days, counted from publication)'],
    ['The consultation closes at the end of the month.', '2026-03-31', 'Consultation closes (estimate: end of the month, counted from publication)'],
  ])('%s', (sentence, date, label) => {
    expect(extractKeyDates([sentence], ANCHOR)).toEqual([expect.objectContaining({ date, label })]);
  });

  it('marks a date counted from publication as an estimate, and a written one not', () => {
    const [counted] = extractKeyDates(['A decision is due in two months.'], ANCHOR);
    const [written] = extractKeyDates(['A decision is due on 15 May 2026.'], ANCHOR);
    expect(counted.estimate).toBe(true);
    expect(written.estimate).toBe(false);
  });

  it('leaves out whole months and years ("next month", "next year"): they are not days', () => {
    expect(datesIn('The committee meets next month.')).toEqual([]);
    expect(datesIn('The law will be reviewed next year.')).toEqual([]);
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

  it('does not throw when the anchor is not a date', () => {
    expect(() => extractKeyDates(['Due next week.'], 'not a date')).not.toThrow();
  });
});

describe('firstExplicitDate', () => {
  it('reads a date written in full, in the forms furniture uses, and ignores relative phrases', () => {
    expect(firstExplicitDate('2 June 2026')).toBe('2026-06-02');
    expect(firstExplicitDate('Dec. 22, 2025 5:40 pm ET')).toBe('2025-12-22');
    expect(firstExplicitDate('Plenary session | 13-03-2024 - 12:25')).toBe('2024-03-13');
    expect(firstExplicitDate('in two months')).toBeNull();
    expect(firstExplicitDate('May 28')).toBeNull();
  });
});

describe('dates counted from the published date', () => {
  // ANCHOR, 10 March 2026, is a Tuesday.
  it.each([
    ['The upper house on Friday approved the bill.', '2026-03-06'],
    ['The regulator said on Tuesday that it had opened an inquiry.', '2026-03-10'],
    ['Ministers will vote on Friday.', '2026-03-13'],
    ['Digital ministers last Friday endorsed the guide.', '2026-03-06'],
    ['The committee meets next Monday.', '2026-03-16'],
    ['The Council today adopted the regulation.', '2026-03-10'],
    ['The commissioner said yesterday that lenders would be fined.', '2026-03-09'],
    ['Parliament passed the bill last night.', '2026-03-09'],
    ['Providers had until 16 February to file their assessments.', '2026-02-16'],
    ['The act takes full effect on December 18.', '2026-12-18'],
    ['Comments are invited until 6 April.', '2026-04-06'],
    ['The law was passed on 20 December.', '2025-12-20'],
  ])('%s → %s', (sentence, date) => {
    expect(datesIn(sentence)).toEqual([date]);
  });

  it('does not read a weekday that is part of a written date twice', () => {
    expect(datesIn('Published on Tuesday, 10 March 2026, the rules apply at once.')).toEqual(['2026-03-10']);
  });

  it('leaves weekdays, "today" and yearless dates out without a published date', () => {
    expect(extractKeyDates(['The upper house on Friday approved the bill on 16 March, today.'], null)).toEqual([]);
    expect(extractKeyDates(['The rules apply from 16 March 2026.'], null).map((d) => d.date)).toEqual(['2026-03-16']);
  });

  it('does not take durations and look-backs for dates', () => {
    expect(datesIn('Brazil has debated AI rules for over three years.')).toEqual([]);
    expect(datesIn('Enforcement had been slow for over 19 months.')).toEqual([]);
    expect(datesIn('It is the first time in 10 years that the assembly has acted.')).toEqual([]);
    expect(datesIn('The company posted its first profit in four years.')).toEqual([]);
    expect(datesIn('The breaches occurred over a period of about 18 months.')).toEqual([]);
  });

  it('counts a future "after 18 months" or "in 10 years" from publication, as an estimate', () => {
    const [after] = extractKeyDates(['Most obligations will apply after 18 months.'], ANCHOR);
    expect(after).toMatchObject({ date: '2027-09-10', estimate: true });
  });
});

describe('tenseAt', () => {
  const at = (sentence: string, words: string) => tenseAt(sentence, sentence.indexOf(words), sentence.indexOf(words) + words.length);
  it('reads the auxiliary nearest the date first, then deadline words, then verbs', () => {
    expect(at('Providers had until 16 March to comply.', '16 March')).toBe('past');
    expect(at('The committee will meet on 16 March.', '16 March')).toBe('future');
    expect(at('Comments are open until 16 March.', '16 March')).toBe('future');
    expect(at('The upper house on Friday approved the bill.', 'Friday')).toBe('past');
    expect(at('China will require labels, the regulator said on Friday.', 'Friday')).toBe('past');
    expect(at('The province introduced a bill on Friday that would let people sue.', 'Friday')).toBe('past');
  });
});
