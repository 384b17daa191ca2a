import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../common/dispatch';
import { AppError } from '../../../../../common/result';
import { DEFAULT_DEVELOPMENTS, type SeedDevelopment } from '../../../../../electron/services/library/defaultDevelopments';
import { toFtsQuery } from '../../../../../electron/services/library/ftsQuery';
import { openLibrary, type LibraryService } from '../../../../../electron/services/library/library';
import { SCHEMA_VERSION } from '../../../../../electron/services/library/migrations';
import { HIT_END, HIT_START, splitSnippet } from '../../../../../electron/services/library/snippet';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';

function seedItem(id: string, overrides: Partial<SeedDevelopment> = {}): SeedDevelopment {
  return {
    id,
    title: `Development ${id}`,
    publisher: 'Test Publisher',
    url: null,
    publishedDate: '2025-01-01',
    jurisdictions: ['Testland'],
    topics: ['testing'],
    status: 'announced',
    summary: 'A plain summary about ordinary administrative matters.',
    keyPoints: [{ id: 'kp-1', text: 'An ordinary key point.' }],
    fullText: 'Ordinary full text about administrative matters and procedures.',
    author: '',
    retrievedDate: null,
    keyDates: [],
    actors: [],
    summaryProvenance: 'human',
    keyPointsProvenance: 'human',
    notes: '',
    ...overrides,
  };
}

describe('toFtsQuery', () => {
  it('turns each word into a quoted prefix term', () => {
    expect(toFtsQuery('deepfake')).toBe('"deepfake"*');
    expect(toFtsQuery('  AI   act ')).toBe('"AI"* "act"*');
  });

  it('treats FTS operators and syntax as plain words', () => {
    expect(toFtsQuery('AND OR NOT')).toBe('"AND"* "OR"* "NOT"*');
    expect(toFtsQuery('title:foo')).toBe('"title"* "foo"*');
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR"* "a"* "b"*');
    expect(toFtsQuery("'; DROP TABLE developments; --")).toBe('"DROP"* "TABLE"* "developments"*');
  });

  it('returns null when there are no words', () => {
    for (const input of ['', '   ', '"', '*', '(', ')', '-', '"*"^:', '—…']) expect(toFtsQuery(input), input).toBeNull();
  });

  it('keeps letters outside ASCII and normalises compatibility forms', () => {
    expect(toFtsQuery('Québec')).toBe('"Québec"*');
    expect(toFtsQuery('ﬁnance')).toBe('"finance"*'); // the fi ligature becomes "fi"
  });

  it('keeps at most 12 terms', () => {
    const query = toFtsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))!;
    expect(query.split(' ')).toHaveLength(12);
    expect(query.endsWith('"w11"*')).toBe(true);
  });
});

describe('splitSnippet', () => {
  it('splits marked text into plain and hit parts', () => {
    expect(splitSnippet(`before ${HIT_START}match${HIT_END} after`)).toEqual([
      { text: 'before ', hit: false },
      { text: 'match', hit: true },
      { text: ' after', hit: false },
    ]);
  });

  it('handles hits at the start and end and adjacent hits', () => {
    expect(splitSnippet(`${HIT_START}a${HIT_END}${HIT_START}b${HIT_END} c ${HIT_START}d${HIT_END}`)).toEqual([
      { text: 'a', hit: true },
      { text: 'b', hit: true },
      { text: ' c ', hit: false },
      { text: 'd', hit: true },
    ]);
  });

  it('returns plain text unchanged and nothing for an empty string', () => {
    expect(splitSnippet('no hits here')).toEqual([{ text: 'no hits here', hit: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('never lets HTML in the text become markup', () => {
    expect(splitSnippet(`<b>${HIT_START}x${HIT_END}</b>`)).toEqual([
      { text: '<b>', hit: false },
      { text: 'x', hit: true },
      { text: '</b>', hit: false },
    ]);
  });
});

describe('openLibrary', () => {
  let dir: string;
  let file: string;
  let library: LibraryService | undefined;

  beforeEach(() => {
    dir = makeTempDir('brieflink-library-');
    file = path.join(dir, 'library.db');
  });
  afterEach(() => {
    library?.close();
    library = undefined;
    removeTempDir(dir);
  });

  const open = (seed: readonly SeedDevelopment[] = DEFAULT_DEVELOPMENTS) => {
    library = openLibrary(file, { seed, now: () => new Date('2026-01-02T03:04:05.000Z') });
    return library;
  };

  it('seeds a new library with every default development', () => {
    expect(DEFAULT_DEVELOPMENTS.length).toBeGreaterThan(5);
    expect(open().count()).toBe(DEFAULT_DEVELOPMENTS.length);
  });

  it('uses WAL journaling and records the schema version', () => {
    open().close();
    library = undefined;
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
    } finally {
      db.close();
    }
  });

  it('does not seed twice when reopened', () => {
    open().close();
    library = undefined;
    expect(open().count()).toBe(DEFAULT_DEVELOPMENTS.length);
  });

  it('does not seed an existing library that the user has emptied', () => {
    open([seedItem('only-one')]).close();
    const db = new Database(file);
    db.prepare('DELETE FROM developments').run();
    db.close();
    library = undefined;
    expect(open().count()).toBe(0);
  });

  it('returns a stored development with its fields, revision 1 and the seeding time', () => {
    const india = DEFAULT_DEVELOPMENTS.find((d) => d.id === 'india-deepfake-two-hour-takedown-rule')!;
    expect(open().get(india.id)).toEqual({
      ...india,
      mentionedJurisdictions: [],
      revision: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it("throws AppError NOT_FOUND for get('missing')", () => {
    const lib = open();
    expect(() => lib.get('missing')).toThrow(AppError);
    try {
      lib.get('missing');
    } catch (error) {
      expect((error as AppError).code).toBe('NOT_FOUND');
    }
  });

  it("ranks the India deepfake takedown rule first for 'deepfake'", () => {
    const hits = open().search('deepfake', 20);
    expect(hits[0].id).toBe('india-deepfake-two-hour-takedown-rule');
    expect(hits[0]).toMatchObject({ publisher: 'The Register', publishedDate: '2025-10-20', status: 'announced' });
  });

  it("finds words by prefix ('semicond' finds semiconductor entries)", () => {
    const hits = open().search('semicond', 20);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.id)).toContain('japan-rapidus-semiconductor-support');
    for (const hit of hits) {
      const dev = library!.get(hit.id);
      expect(`${dev.title} ${dev.summary} ${dev.keyPoints.map((k) => k.text).join(' ')} ${dev.fullText}`).toMatch(/semicond/i);
    }
  });

  it('requires every word of a multi-word query', () => {
    const hits = open().search('deepfake India', 20);
    expect(hits.map((hit) => hit.id)).toContain('india-deepfake-two-hour-takedown-rule');
    expect(library!.search('deepfake zzzqqqnotaword', 20)).toEqual([]);
  });

  it('ranks a title match above a match only in the full text', () => {
    open([
      seedItem('full-text-only', {
        title: 'Quarterly review of procurement',
        publishedDate: '2025-12-31',
        fullText: 'Ordinary full text that mentions zebrafish once among administrative matters and procedures.',
      }),
      seedItem('title-match', {
        title: 'Zebrafish research funding',
        publishedDate: '2020-01-01',
        fullText: 'Ordinary full text about administrative matters and procedures, and nothing else.',
      }),
      seedItem('unrelated'),
    ]);
    const hits = library!.search('zebrafish', 20);
    expect(hits.map((hit) => hit.id)).toEqual(['title-match', 'full-text-only']);
  });

  it('ranks a summary match above a match only in the full text', () => {
    open([
      seedItem('full-text-only', { fullText: 'Full text that mentions okapi once among administrative matters.' }),
      seedItem('summary-match', { summary: 'A summary that mentions okapi once.', publishedDate: '2019-01-01' }),
    ]);
    expect(library!.search('okapi', 20).map((hit) => hit.id)).toEqual(['summary-match', 'full-text-only']);
  });

  it('marks matched words in the snippet as hit parts matching the query case-insensitively', () => {
    for (const query of ['deepfake', 'Semicond', 'SINGAPORE']) {
      const hits = open().search(query, 5);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) {
        const hitParts = hit.snippet.filter((part) => part.hit);
        expect(hitParts.length, `${query} in ${hit.id}`).toBeGreaterThan(0);
        for (const part of hitParts) expect(part.text.toLowerCase().startsWith(query.toLowerCase()), part.text).toBe(true);
        for (const part of hit.snippet) expect(part.text).not.toMatch(/[\u0002\u0003]/);
      }
      library!.close();
      library = undefined;
    }
  });

  it.each(['"', 'AND OR NOT', 'title:foo', '*', '(', "'; DROP TABLE developments; --", 'NEAR(', '"unterminated', 'a"b', '^x', '-', '{}', 'x'.repeat(500)])(
    'does not throw on the hostile query %j and returns an array',
    (query) => {
      const lib = open();
      const hits = lib.search(query, 10);
      expect(Array.isArray(hits)).toBe(true);
      expect(hits.length).toBeLessThanOrEqual(10);
      expect(lib.count()).toBe(DEFAULT_DEVELOPMENTS.length);
    },
  );

  it('returns the most recent developments for an empty query, newest first, up to the limit', () => {
    const lib = open();
    const hits = lib.search('', 5);
    expect(hits).toHaveLength(5);
    const dates = hits.map((hit) => hit.publishedDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const newest = [...DEFAULT_DEVELOPMENTS].map((d) => d.publishedDate ?? '').sort().reverse()[0];
    expect(dates[0]).toBe(newest);
    expect(hits[0].snippet).toEqual([{ text: expect.any(String), hit: false }]);
    expect(lib.search('   ', 3)).toHaveLength(3);
  });

  it('respects the limit for text queries', () => {
    expect(open().search('AI', 2)).toHaveLength(2);
  });

  it('throws on a corrupt library file and leaves the file as it was', () => {
    let bytes = crypto.randomBytes(4096);
    while (bytes.subarray(0, 6).toString('latin1') === 'SQLite') bytes = crypto.randomBytes(4096);
    fs.writeFileSync(file, bytes);
    expect(() => openLibrary(file, { seed: DEFAULT_DEVELOPMENTS })).toThrow();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a library written by a newer schema version', () => {
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openLibrary(file, { seed: DEFAULT_DEVELOPMENTS })).toThrow(/newer version of Brieflink/);
  });
});

describe('startBackend with a corrupt library', () => {
  let dataDir: string;
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
    removeTempDir(dataDir);
  });

  it('still starts: library calls fail with LIBRARY_UNAVAILABLE while notes work', async () => {
    dataDir = makeTempDir('brieflink-corrupt-lib-');
    fs.writeFileSync(path.join(dataDir, 'library.db'), crypto.randomBytes(4096));
    const logs: string[] = [];
    backend = startTestBackend(dataDir, (message) => logs.push(message));
    expect(logs.some((line) => line.startsWith('The library could not be opened: it is not a library file; it was set aside as library-damaged-'))).toBe(true);

    const search = await dispatch(backend.handlers, 'library.search', { query: 'deepfake' });
    expect(search.ok).toBe(false);
    if (!search.ok) {
      expect(search.error.code).toBe('LIBRARY_UNAVAILABLE');
      expect(search.error.message).toMatch(/^The library could not be opened: it is not a library file; it was set aside as library-damaged-.*\.db \(nothing was deleted\)\. No backup is available/);
    }
    const get = await dispatch(backend.handlers, 'library.get', { id: 'india-deepfake-two-hour-takedown-rule' });
    expect(get).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNAVAILABLE' } });

    const created = await dispatch(backend.handlers, 'notes.create', { templateId: 'decision-note' });
    expect(created.ok).toBe(true);
    const id = (created as { ok: true; value: { id: string } }).value.id;
    const opened = await dispatch(backend.handlers, 'notes.open', { id });
    expect(opened).toMatchObject({ ok: true, value: { id, template: { id: 'decision-note' } } });
    const list = await dispatch(backend.handlers, 'notes.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ id }] });
  });

  it('serves library search when the library is healthy (control for the test above)', async () => {
    dataDir = makeTempDir('brieflink-healthy-lib-');
    backend = startTestBackend(dataDir);
    const search = await dispatch(backend.handlers, 'library.search', { query: 'deepfake' });
    expect(search.ok).toBe(true);
    expect((search as { ok: true; value: Array<{ id: string }> }).value[0].id).toBe('india-deepfake-two-hour-takedown-rule');
  });
});
