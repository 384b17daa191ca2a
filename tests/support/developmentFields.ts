import type { DevelopmentFields } from '../../common/development';

/** A complete, valid set of development fields for tests; override what a test is about. */
export function developmentFields(overrides: Partial<DevelopmentFields> = {}): DevelopmentFields {
  return {
    title: 'Ordinary development',
    publisher: 'Test Publisher',
    author: '',
    url: null,
    publishedDate: '2025-01-01',
    retrievedDate: '2025-01-02',
    jurisdictions: ['Testland'],
    topics: ['trade'],
    status: 'announced',
    summary: 'A plain summary about ordinary administrative matters.',
    keyPoints: [{ id: 'kp-1', text: 'An ordinary key point.' }],
    keyDates: [],
    actors: [],
    fullText: 'Ordinary full text about administrative matters and procedures.',
    summaryProvenance: 'human',
    keyPointsProvenance: 'human',
    notes: '',
    ...overrides,
  };
}
