import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../../../../common/development';
import { AppError } from '../../../../../common/result';
import { openLibrary, type LibraryService } from '../../../../../electron/services/library/library';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../../electron/services/library/migrations';
import { developmentFields } from '../../../../support/developmentFields';
import { makeTempDir, removeTempDir } from '../../../../support/backendFixture';

let dir: string;
let file: string;
let library: LibraryService | undefined;
let clock = 0;
const open = () => (library = openLibrary(file, { now: () => new Date(Date.UTC(2026, 0, 1) + clock++ * 1000) }));

beforeEach(() => {
  dir = makeTempDir('brieflink-model-');
  file = path.join(dir, 'library.db');
});
afterEach(() => {
  library?.close();
  library = undefined;
  removeTempDir(dir);
});

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('migrations', () => {
  it('bring a version 1 library with data to the latest schema, keeping its rows', () => {
    const db = new Database(file);
    MIGRATIONS[0](db);
    db.pragma('user_version = 1');
    db.prepare(
      `INSERT INTO developments (id, title, publisher, url, published_date, jurisdictions, topics, status, summary,
         key_points, key_points_text, full_text, revision, created_at, updated_at)
       VALUES ('old-one', 'Old tariff notice', 'Gazette', 'https://example.org/a', '2024-05-01', '["Japan"]', '["trade"]',
         'in force', 'Tariffs on widgets rise.', '[{"id":"kp-1","text":"Widgets cost more."}]', 'Widgets cost more.',
         'The tariff schedule for widgets rises by five percent from the first of May in the customs territory.', 3,
         '2024-05-01T00:00:00.000Z', '2024-05-02T00:00:00.000Z')`,
    ).run();
    db.close();

    const lib = open();
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    expect(lib.get('old-one')).toEqual({
      id: 'old-one',
      title: 'Old tariff notice',
      mentionedJurisdictions: [],
      publisher: 'Gazette',
      author: '',
      url: 'https://example.org/a',
      publishedDate: '2024-05-01',
      retrievedDate: null,
      jurisdictions: ['Japan'],
      topics: ['trade'],
      status: 'in force',
      summary: 'Tariffs on widgets rise.',
      keyPoints: [{ id: 'kp-1', text: 'Widgets cost more.' }],
      keyDates: [],
      actors: [],
      fullText: 'The tariff schedule for widgets rises by five percent from the first of May in the customs territory.',
      summaryProvenance: 'human',
      keyPointsProvenance: 'human',
      notes: '',
      revision: 3,
      createdAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-05-02T00:00:00.000Z',
    });
    // The migrated row is reachable through the new indexes: facets and duplicate sketches.
    expect(lib.search('', 10, { filters: { jurisdiction: 'Japan' } }).map((hit) => hit.id)).toEqual(['old-one']);
    expect(lib.findDuplicates({ url: null, fullText: lib.get('old-one').fullText })).toMatchObject([{ id: 'old-one' }]);
    expect(lib.topics()).toEqual(expect.arrayContaining([...DEFAULT_TOPICS]));
  });
});

describe('writing developments', () => {
  it('creates a development at revision 1 with a readable id', () => {
    const created = open().create(developmentFields({ title: 'Export rules: a new list!' }));
    expect(created.id).toMatch(/^export-rules-a-new-list-[0-9a-f]{6}$/);
    expect(created.revision).toBe(1);
    expect(library!.get(created.id)).toEqual(created);
  });

  it('raises the revision on every edit and keeps each earlier state', () => {
    const lib = open();
    const first = lib.create(developmentFields({ title: 'First title' }));
    const second = lib.update(first.id, developmentFields({ title: 'Second title' }), 1);
    const third = lib.update(first.id, developmentFields({ title: 'Third title', notes: 'checked' }), 2);
    expect([second.revision, third.revision]).toEqual([2, 3]);
    expect(third.createdAt).toBe(first.createdAt);
    expect(third.updatedAt > second.updatedAt).toBe(true);
    const revisions = lib.revisions(first.id);
    expect(revisions.map((r) => [r.revision, r.development.title])).toEqual([
      [2, 'Second title'],
      [1, 'First title'],
    ]);
    expect(lib.get(first.id)).toMatchObject({ title: 'Third title', notes: 'checked', revision: 3 });
  });

  it('refuses an edit made on an out-of-date revision and changes nothing', () => {
    const lib = open();
    const dev = lib.create(developmentFields());
    lib.update(dev.id, developmentFields({ title: 'Edited once' }), 1);
    expect(codeOf(() => lib.update(dev.id, developmentFields({ title: 'Stale edit' }), 1))).toBe('REVISION_CONFLICT');
    expect(lib.get(dev.id)).toMatchObject({ title: 'Edited once', revision: 2 });
  });

  it('moves to the trash, hides from search, and undoes', () => {
    const lib = open();
    const dev = lib.create(developmentFields({ title: 'Quokka conservation plan' }));
    lib.trash(dev.id);
    expect(lib.search('quokka', 10)).toEqual([]);
    expect(codeOf(() => lib.get(dev.id))).toBe('NOT_FOUND');
    expect(lib.count()).toBe(0);
    expect(lib.restore(dev.id)).toEqual(dev);
    expect(lib.search('quokka', 10).map((hit) => hit.id)).toEqual([dev.id]);
  });

  it('reports NOT_FOUND for unknown ids on every write', () => {
    const lib = open();
    expect(codeOf(() => lib.update('nope', developmentFields(), 1))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.trash('nope'))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.restore('nope'))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.revisions('nope'))).toBe('NOT_FOUND');
  });

  it('keeps a user-extendable topic taxonomy, without case duplicates', () => {
    const lib = open();
    expect(lib.addTopic('  Space policy ')).toContain('Space policy');
    expect(lib.addTopic('space POLICY').filter((name) => name.toLowerCase() === 'space policy')).toHaveLength(1);
    expect(codeOf(() => lib.addTopic('   '))).toBe('BAD_ARGUMENTS');
    library!.close();
    expect(open().topics()).toContain('Space policy');
  });
});

describe('search filters', () => {
  beforeEach(() => {
    const lib = open();
    const add = (id: string, overrides: Parameters<typeof developmentFields>[0]) => lib.create(developmentFields(overrides), { id });
    add('eu-chips', { title: 'Chips funding in the union', jurisdictions: ['European Union'], topics: ['semiconductors'], status: 'in force', publishedDate: '2025-03-01' });
    add('jp-chips', { title: 'Chips subsidy round', jurisdictions: ['Japan'], topics: ['semiconductors'], status: 'proposed', publishedDate: '2025-06-01', summaryProvenance: 'machine' });
    add('jp-robots', { title: 'Care robots pilot', jurisdictions: ['Japan'], topics: ['robotics'], status: 'announced', publishedDate: '2024-11-01' });
    add('us-chips-old', { title: 'Chips export list', jurisdictions: ['United States'], topics: ['export controls', 'semiconductors'], status: 'withdrawn', publishedDate: '2023-01-01', keyPointsProvenance: 'machine' });
  });
  const ids = (query: string, filters: Parameters<LibraryService['search']>[2]) =>
    library!.search(query, 50, filters).map((hit) => hit.id).sort();

  it('filters by jurisdiction, case-insensitively, and combines with the query', () => {
    expect(ids('', { filters: { jurisdiction: 'japan' } })).toEqual(['jp-chips', 'jp-robots']);
    expect(ids('chips', { filters: { jurisdiction: 'Japan' } })).toEqual(['jp-chips']);
  });

  it('filters by topic', () => {
    expect(ids('chips', { filters: { topic: 'semiconductors' } })).toEqual(['eu-chips', 'jp-chips', 'us-chips-old']);
    expect(ids('', { filters: { topic: 'robotics' } })).toEqual(['jp-robots']);
  });

  it('filters by status', () => {
    expect(ids('chips', { filters: { status: 'withdrawn' } })).toEqual(['us-chips-old']);
  });

  it('filters by a published date range, inclusive', () => {
    expect(ids('', { filters: { publishedFrom: '2024-11-01', publishedTo: '2025-03-01' } })).toEqual(['eu-chips', 'jp-robots']);
    expect(ids('chips', { filters: { publishedFrom: '2025-01-01' } })).toEqual(['eu-chips', 'jp-chips']);
  });

  it('finds entries that need review (a machine-proposed summary or key points)', () => {
    expect(ids('', { filters: { needsReview: true } })).toEqual(['jp-chips', 'us-chips-old']);
    const hits = library!.search('chips', 50);
    expect(hits.find((hit) => hit.id === 'jp-chips')!.needsReview).toBe(true);
    expect(hits.find((hit) => hit.id === 'eu-chips')!.needsReview).toBe(false);
  });

  it('combines several filters', () => {
    expect(ids('chips', { filters: { topic: 'semiconductors', status: 'proposed', needsReview: true, jurisdiction: 'Japan' } })).toEqual(['jp-chips']);
  });

  it('sorts by date, newest first, when asked', () => {
    expect(library!.search('chips', 50, { sort: 'date' }).map((hit) => hit.id)).toEqual(['jp-chips', 'eu-chips', 'us-chips-old']);
  });

  it('lists the jurisdictions and topics in use, leaving out the trash', () => {
    library!.trash('us-chips-old');
    expect(library!.facets()).toEqual({ jurisdictions: ['European Union', 'Japan'], topics: ['robotics', 'semiconductors'] });
  });

  it('keeps facets in step with edits', () => {
    const dev = library!.get('jp-robots');
    library!.update(dev.id, { ...dev, jurisdictions: ['Korea'] }, dev.revision);
    expect(ids('', { filters: { jurisdiction: 'Japan' } })).toEqual(['jp-chips']);
    expect(ids('', { filters: { jurisdiction: 'Korea' } })).toEqual(['jp-robots']);
  });
});

describe('duplicate detection', () => {
  const article = Array.from(
    { length: 12 },
    (_, i) => `Paragraph ${i} explains how the ministry will license exports of sensor components to partner economies under rule ${i * 7}.`,
  ).join(' ');

  it('finds an entry with the same URL', () => {
    const lib = open();
    const dev = lib.create(developmentFields({ url: 'https://example.org/rule' }));
    expect(lib.findDuplicates({ url: 'https://example.org/rule', fullText: 'different words entirely' })).toEqual([
      { id: dev.id, title: dev.title, reason: 'same URL', similarity: 1 },
    ]);
  });

  it('finds near-identical text (a word changed) but not a different article', () => {
    const lib = open();
    const dev = lib.create(developmentFields({ fullText: article }));
    const edited = article.replace('Paragraph 5 explains', 'Paragraph 5 describes');
    const [match] = lib.findDuplicates({ url: null, fullText: edited });
    expect(match).toMatchObject({ id: dev.id, reason: 'near-identical text' });
    expect(match.similarity).toBeGreaterThan(0.8);
    expect(match.similarity).toBeLessThan(1);
    expect(lib.findDuplicates({ url: null, fullText: 'A separate note on fisheries quotas in the northern waters for the coming season.' })).toEqual([]);
  });

  it('forgets an entry whose text was edited to something else', () => {
    const lib = open();
    const dev = lib.create(developmentFields({ fullText: article }));
    lib.update(dev.id, developmentFields({ fullText: 'Rewritten completely about fisheries quotas in the northern waters this season.' }), 1);
    expect(lib.findDuplicates({ url: null, fullText: article })).toEqual([]);
  });
});
