import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryService } from '../../../../../electron/services/library/library';
import { MIGRATIONS } from '../../../../../electron/services/library/migrations';
import { developmentFields } from '../../../../support/developmentFields';
import { makeTempDir, removeTempDir } from '../../../../support/backendFixture';
import { backToSchema8 } from '../../../../support/librarySchema';

let dir: string;
let file: string;
let library: LibraryService | undefined;
beforeEach(() => {
  dir = makeTempDir('brieflink-search-table-');
  file = path.join(dir, 'library.db');
});
afterEach(() => {
  library?.close();
  library = undefined;
  removeTempDir(dir);
});

const ids = (query: string, options?: Parameters<LibraryService['search']>[2]) => library!.search(query, 50, options).map((hit) => hit.id);

describe('migration 6: the development_search table', () => {
  it('upgrades a version 5 library with rows, trash and facets, and searches it with every filter', () => {
    library = openLibrary(file);
    library.create(developmentFields({ title: 'Quokka tariffs', jurisdictions: ['Japan'], topics: ['trade'], status: 'in force', publishedDate: '2024-05-01' }), { id: 'jp' });
    library.create(developmentFields({ title: 'Quokka chips', jurisdictions: ['Korea'], topics: ['semiconductors'], status: 'proposed', publishedDate: '2025-02-01', summaryProvenance: 'machine' }), { id: 'kr' });
    library.create(developmentFields({ title: 'Quokka trashed', jurisdictions: ['Japan'] }), { id: 'gone' });
    library.trash('gone');
    library.close();
    library = undefined;
    // Back to version 5 exactly as a user's file has it: no search table, no triggers.
    const db = new Database(file);
    for (const trigger of ['ai', 'au', 'ad']) db.exec(`DROP TRIGGER developments_search_${trigger}; DROP TRIGGER developments_titles_${trigger};`);
    db.exec('DROP TABLE development_search; DROP TABLE development_titles_fts;');
    backToSchema8(db);
    db.exec('ALTER TABLE developments DROP COLUMN mentioned_jurisdictions');
    db.pragma('user_version = 5');
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(6);
    db.close();

    library = openLibrary(file);
    expect(ids('quokka').sort()).toEqual(['jp', 'kr']);
    expect(ids('quokka', { filters: { jurisdiction: 'JAPAN' } })).toEqual(['jp']);
    expect(ids('', { filters: { topic: 'Semiconductors' } })).toEqual(['kr']);
    expect(ids('quokka', { filters: { status: 'in force' } })).toEqual(['jp']);
    expect(ids('', { filters: { publishedFrom: '2025-01-01' } })).toEqual(['kr']);
    expect(ids('quokka', { filters: { needsReview: true } })).toEqual(['kr']);
    expect(ids('', { sort: 'date' })).toEqual(['kr', 'jp']);
    library.restore('gone');
    expect(ids('quokka').sort()).toEqual(['gone', 'jp', 'kr']);
  });

  it('follows every write: edits, trash, restore, entries written whole and deleted rows', () => {
    library = openLibrary(file);
    const dev = library.create(developmentFields({ title: 'Okapi rules', jurisdictions: ['Japan'], topics: ['trade'] }), { id: 'okapi' });
    library.update(dev.id, { ...dev, jurisdictions: ['Brazil'], topics: ['robotics'], status: 'withdrawn', publishedDate: '2020-01-01' }, dev.revision);
    expect(ids('okapi', { filters: { jurisdiction: 'Japan' } })).toEqual([]);
    expect(ids('okapi', { filters: { jurisdiction: 'Brazil', topic: 'robotics', status: 'withdrawn', publishedTo: '2020-12-31' } })).toEqual(['okapi']);
    library.trash('okapi');
    expect(ids('okapi')).toEqual([]);
    expect(ids('', { filters: { jurisdiction: 'Brazil' } })).toEqual([]);
    library.restore('okapi');
    library.put({ ...library.get('okapi'), topics: ['a topic | with odd characters'], revision: 9 });
    expect(ids('okapi', { filters: { topic: 'A TOPIC | with odd characters' } })).toEqual(['okapi']);
    expect(ids('okapi', { filters: { topic: 'a topic' } })).toEqual([]);
    const db = new Database(file);
    db.prepare('DELETE FROM developments WHERE id = ?').run('okapi');
    expect(db.prepare('SELECT count(*) AS n FROM development_search').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('common queries', () => {
  const add = (id: string, title: string, fullText: string, extra: Parameters<typeof developmentFields>[0] = {}) =>
    library!.create(developmentFields({ title, summary: 'Nothing to see.', keyPoints: [], fullText, ...extra }), { id });

  it('list title matches first, then the rest, each newest added first, keeping filters; rare queries stay ranked by bm25', () => {
    library = openLibrary(file, { commonQueryMatches: 4 });
    add('body-old', 'Budget notice', 'The ministry wrote once.');
    add('title-old', 'Ministry notice', 'Plain text.');
    add('body-new', 'Budget update', 'The ministry, the ministry and the ministry again.');
    add('title-new', 'Ministry update', 'Plain text.', { status: 'proposed' });
    add('rare-one', 'Okapi ministry', 'Okapi okapi okapi.');
    add('rare-two', 'Okapi', 'One okapi and the ministry.');
    // Six matches, over the threshold of four: title hits newest first, then body hits newest first.
    expect(ids('ministry')).toEqual(['rare-one', 'title-new', 'title-old', 'rare-two', 'body-new', 'body-old']);
    expect(library.search('ministry', 3).map((hit) => hit.id)).toEqual(['rare-one', 'title-new', 'title-old']);
    expect(library.search('ministry', 4).map((hit) => hit.id)).toEqual(['rare-one', 'title-new', 'title-old', 'rare-two']);
    expect(ids('ministry', { filters: { status: 'proposed' } })).toEqual(['title-new']);
    // Two matches: under the threshold, so bm25 ranks them (title weighs most).
    expect(ids('okapi')).toEqual(['rare-one', 'rare-two']);
    // Matched words are still marked in the snippets of a common query.
    expect(library.search('ministry', 1)[0].snippet.some((part) => part.hit && /ministry/i.test(part.text))).toBe(true);
  });

  it('count from the default threshold, so a small library is always ranked by bm25', () => {
    library = openLibrary(file);
    add('body', 'Budget notice', 'The ministry, the ministry and the ministry again.');
    add('title', 'Ministry notice', 'Plain text.');
    expect(ids('ministry')).toEqual(['title', 'body']);
  });
});
