/**
 * When a fiscal year starts, by jurisdiction, and which calendar year names it. Used for
 * "FY2027" / "fiscal year 2027" in a text about that jurisdiction; anything not listed
 * follows the US federal convention (1 October, named after the year it ends in).
 */
export interface FiscalConvention {
  startMonth: number;
  /** True when FY2027 starts in 2027 (Japan); false when it ends in 2027 (US, UK, India). */
  namedByStartYear: boolean;
}

export const US_FEDERAL_FISCAL_YEAR: FiscalConvention = { startMonth: 10, namedByStartYear: false };

const CONVENTIONS: Record<string, FiscalConvention> = {
  'United States': US_FEDERAL_FISCAL_YEAR,
  Japan: { startMonth: 4, namedByStartYear: true },
  'United Kingdom': { startMonth: 4, namedByStartYear: false },
  India: { startMonth: 4, namedByStartYear: false },
  Canada: { startMonth: 4, namedByStartYear: false },
  'New Zealand': { startMonth: 7, namedByStartYear: false },
  Australia: { startMonth: 7, namedByStartYear: false },
  'European Union': { startMonth: 1, namedByStartYear: true },
};

export function fiscalConventionFor(jurisdiction: string | undefined): FiscalConvention {
  return (jurisdiction && CONVENTIONS[jurisdiction]) || US_FEDERAL_FISCAL_YEAR;
}

/** First and last day of a fiscal year under a convention, as [year, month, day] triples. */
export function fiscalYearBounds(label: number, convention: FiscalConvention): { start: [number, number, number]; end: [number, number] } {
  const startYear = convention.namedByStartYear || convention.startMonth === 1 ? label : label - 1;
  const endMonth = convention.startMonth === 1 ? 12 : convention.startMonth - 1;
  const endYear = convention.startMonth === 1 ? startYear : startYear + 1;
  return { start: [startYear, convention.startMonth, 1], end: [endYear, endMonth] };
}
