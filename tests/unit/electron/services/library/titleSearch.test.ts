import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFtsQuery, toWidenedFtsQuery } from '../../../../../electron/services/library/ftsQuery';
import { openLibrary, type LibraryService } from '../../../../../electron/services/library/library';
import { developmentFields } from '../../../../support/developmentFields';
import { makeTempDir, removeTempDir } from '../../../../support/backendFixture';
import { backToSchema8 } from '../../../../support/librarySchema';

let dir: string;
let file: string;
let library: LibraryService | undefined;
beforeEach(() => {
  dir = makeTempDir('brieflink-title-search-');
  file = path.join(dir, 'library.db');
});
afterEach(() => {
  library?.close();
  library = undefined;
  removeTempDir(dir);
});

const titles = (query: string, options: Parameters<LibraryService['search']>[2] = {}) =>
  library!.search(query, 50, { ...options, scope: 'titles' }).map((hit) => hit.id);

function seed(lib: LibraryService) {
  lib.create(developmentFields({ title: 'Semiconductor export licences', fullText: 'Rules on chips and quokkas.', jurisdictions: ['Japan'] }), { id: 'chips' });
  lib.create(developmentFields({ title: 'Deepfake takedown rule', fullText: 'Platforms must remove semiconductor deepfakes within a day.', jurisdictions: ['Korea'] }), { id: 'deepfake' });
  lib.create(developmentFields({ title: 'Sensor tariffs', fullText: 'Tariffs on sensors.' }), { id: 'sensors' });
}

describe('title search (the editor’s [[ typeahead)', () => {
  it('matches title words by prefix from the first letter, and never the summary or full text', () => {
    library = openLibrary(file);
    seed(library);
    expect(titles('s').sort()).toEqual(['chips', 'sensors']);
    expect(titles('se').sort()).toEqual(['chips', 'sensors']);
    expect(titles('sem')).toEqual(['chips']);
    expect(titles('semicond')).toEqual(['chips']);
    expect(titles('quokka')).toEqual([]);
    // The default scope still reads everything.
    expect(library.search('semiconductor', 50).map((hit) => hit.id).sort()).toEqual(['chips', 'deepfake']);
  });

  it('finds a word while it is typed past its stem ("regulatio" of "Regulation"), in titles and everywhere', () => {
    library = openLibrary(file);
    seed(library);
    library.create(developmentFields({ title: 'Regulation of licensing for data brokers', fullText: 'A new regime.' }), { id: 'brokers' });
    for (let end = 3; end <= 'regulation'.length; end++) {
      expect(titles('regulation'.slice(0, end)), 'regulation'.slice(0, end)).toEqual(['brokers']);
      expect(library.search(`data ${'regulation'.slice(0, end)}`, 50).map((hit) => hit.id), `data ${'regulation'.slice(0, end)}`).toEqual(['brokers']);
    }
    // "lic" and "licen" also find the "licences" title; every prefix finds "licensing".
    for (let end = 3; end <= 'licensing'.length; end++) expect(titles('licensing'.slice(0, end)), 'licensing'.slice(0, end)).toContain('brokers');
    // Only a search that found nothing is widened, and only its last word.
    expect(titles('sens')).toEqual(['sensors']);
    expect(titles('regulatio quokka')).toEqual([]);
  });

  it('widens only the last word, to stems of at least three letters, when it may be part-way into a stemmed ending', () => {
    expect(toWidenedFtsQuery('data regulatio')).toBe('"data"* AND ("regulatio"* OR "regulati"* OR "regulat"* OR "regula"* OR "regul"*)');
    expect(toWidenedFtsQuery('licensi')).toBe('("licensi"* OR "licens"*)');
    expect(toWidenedFtsQuery('qzx')).toBeNull();
    expect(toWidenedFtsQuery('')).toBeNull();
    expect(toFtsQuery('data regulatio')).toBe('"data"* "regulatio"*');
  });

  it('carries what inserting a hit’s summary needs (summary, URL, revision), and only in a titles search', () => {
    library = openLibrary(file);
    seed(library);
    const chips = library.get('chips');
    library.update('chips', { ...chips, summary: 'Licences for chips, revised.', url: 'https://example.org/chips' }, chips.revision);
    const [hit] = library.search('semi', 5, { scope: 'titles' });
    expect(hit.summarySource).toEqual({ summary: 'Licences for chips, revised.', url: 'https://example.org/chips', revision: chips.revision + 1 });
    expect(library.search('semi', 5).every((each) => each.summarySource === undefined)).toBe(true);
    // A titles hit's snippet is its title, with the typed word marked.
    expect(hit.snippet.map((part) => part.text).join('')).toBe('Semiconductor export licences');
    expect(hit.snippet.find((part) => part.hit)?.text).toBe('Semiconductor');
  });

  it('follows edits, trash and restore, and combines with filters', () => {
    library = openLibrary(file);
    seed(library);
    const sensors = library.get('sensors');
    library.update('sensors', { ...sensors, title: 'Robotics safety code' }, sensors.revision);
    expect(titles('sens')).toEqual([]);
    expect(titles('rob')).toEqual(['sensors']);
    library.trash('chips');
    expect(titles('se')).toEqual([]);
    library.restore('chips');
    expect(titles('se')).toEqual(['chips']);
    expect(titles('d', { filters: { jurisdiction: 'Korea' } })).toEqual(['deepfake']);
    expect(titles('d', { filters: { jurisdiction: 'Japan' } })).toEqual([]);
  });

  it('is built for a library made before it (schema 6) when that library is opened', () => {
    library = openLibrary(file);
    seed(library);
    library.close();
    library = undefined;
    const db = new Database(file);
    for (const trigger of ['ai', 'au', 'ad']) db.exec(`DROP TRIGGER developments_titles_${trigger}`);
    db.exec('DROP TABLE development_titles_fts');
    backToSchema8(db);
    db.exec('ALTER TABLE developments DROP COLUMN mentioned_jurisdictions');
    db.pragma('user_version = 6');
    db.close();

    library = openLibrary(file);
    expect(titles('dee')).toEqual(['deepfake']);
    library.create(developmentFields({ title: 'Semiconductor subsidies' }), { id: 'subsidies' });
    expect(titles('sem').sort()).toEqual(['chips', 'subsidies']);
  });

  it('treats a title prefix found in most of the library as common: newest first, without ranking', () => {
    library = openLibrary(file, { commonQueryMatches: 3 });
    for (let i = 0; i < 5; i++) library.create(developmentFields({ title: `Trade notice ${i}` }), { id: `trade-${i}` });
    expect(titles('t')).toEqual(['trade-4', 'trade-3', 'trade-2', 'trade-1', 'trade-0']);
  });
});

describe('summaries search (the [[ typeahead: titles, summaries and key points)', () => {
  const summaries = (query: string) => library!.search(query, 50, { scope: 'summaries' });

  it('finds words in titles, summaries and key points, never in the full text, and carries the summary', () => {
    library = openLibrary(file);
    seed(library);
    library.create(developmentFields({ title: 'Cloud rules', summary: 'A summary about walrus habitats.', fullText: 'Nothing here.' }), { id: 'walrus' });
    library.create(developmentFields({ title: 'Port fees', keyPoints: [{ id: 'kp-1', text: 'Fees rise for narwhal shipping.' }] }), { id: 'narwhal' });
    expect(summaries('walrus').map((hit) => hit.id)).toEqual(['walrus']);
    expect(summaries('narwh').map((hit) => hit.id)).toEqual(['narwhal']);
    expect(summaries('deepfake').map((hit) => hit.id)).toEqual(['deepfake']);
    expect(summaries('quokka')).toEqual([]);
    const [walrus] = summaries('walrus');
    expect(walrus.summarySource?.summary).toBe('A summary about walrus habitats.');
    expect(walrus.snippet.some((part) => part.hit && /walrus/i.test(part.text))).toBe(true);
  });

  it('looks for a prefix of one to three letters in titles only, and in summaries and key points from the fourth letter', () => {
    library = openLibrary(file);
    library.create(developmentFields({ title: 'Harbour dues', summary: 'Dues rise for pelican ferries.' }), { id: 'pelican-summary' });
    library.create(developmentFields({ title: 'Pelagic fishing quota' }), { id: 'pelagic-title' });
    expect(summaries('pel').map((hit) => hit.id)).toEqual(['pelagic-title']);
    expect(summaries('peli').map((hit) => hit.id)).toEqual(['pelican-summary']);
    // A whole word of three letters is still found where it is written.
    library.create(developmentFields({ title: 'Levy notice', summary: 'The eel levy returns.' }), { id: 'eel-summary' });
    expect(summaries('eel').map((hit) => hit.id)).toEqual(['eel-summary']);
  });

  it('keeps to those fields for a common word too (the path that skips ranking)', () => {
    library = openLibrary(file, { commonQueryMatches: 2 });
    for (let i = 0; i < 3; i++) library.create(developmentFields({ title: `Notice ${i}`, fullText: 'otter otter' }), { id: `otter-full-${i}` });
    library.create(developmentFields({ title: 'Otter levy' }), { id: 'otter-title' });
    library.create(developmentFields({ summary: 'An otter summary.' }), { id: 'otter-summary' });
    expect(summaries('otter').map((hit) => hit.id).sort()).toEqual(['otter-summary', 'otter-title']);
  });
});
