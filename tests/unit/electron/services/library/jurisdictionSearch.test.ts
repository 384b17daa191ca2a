import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryService } from '../../../../../electron/services/library/library';
import { developmentFields } from '../../../../support/developmentFields';
import { makeTempDir, removeTempDir } from '../../../../support/backendFixture';
import { backToSchema8 } from '../../../../support/librarySchema';

let dir: string;
let file: string;
let library: LibraryService | undefined;
beforeEach(() => {
  dir = makeTempDir('brieflink-jurisdiction-search-');
  file = path.join(dir, 'library.db');
});
afterEach(() => {
  library?.close();
  library = undefined;
  removeTempDir(dir);
});

const ids = (query: string, options: Parameters<LibraryService['search']>[2] = {}) =>
  library!.search(query, 50, options).map((hit) => hit.id).sort();

// Neither text names the countries a search would look for: one names their cities, the other a province.
function seed(lib: LibraryService) {
  lib.create(
    developmentFields({
      title: 'Chip equipment controls tightened',
      fullText: 'Washington widened its rules on lithography tools; suppliers in Tokyo and Eindhoven were consulted.',
      jurisdictions: ['United States'],
      mentionedJurisdictions: ['Japan', 'Netherlands'],
    }),
    { id: 'chips' },
  );
  lib.create(
    developmentFields({ title: 'Provincial privacy statute amended', fullText: 'British Columbia amended its statute on personal information.', jurisdictions: ['Canada'] }),
    { id: 'privacy' },
  );
}

describe('jurisdictions are searchable by name, acting and mentioned', () => {
  it('finds an entry by a jurisdiction it only mentions, and by the one that acts, though its text names neither', () => {
    library = openLibrary(file);
    seed(library);
    expect(ids('japan')).toEqual(['chips']);
    expect(ids('netherlands')).toEqual(['chips']);
    expect(ids('united states')).toEqual(['chips']);
    expect(ids('canada')).toEqual(['privacy']);
    // Mentioned is searchable but never a filter: the filter is the acting list.
    expect(ids('', { filters: { jurisdiction: 'Japan' } })).toEqual([]);
    expect(ids('', { filters: { jurisdiction: 'United States' } })).toEqual(['chips']);
  });

  it('follows edits to either list, and trash', () => {
    library = openLibrary(file);
    seed(library);
    const chips = library.get('chips')!;
    library.update('chips', { ...chips, mentionedJurisdictions: ['Korea'] }, chips.revision);
    expect(ids('japan')).toEqual([]);
    expect(ids('korea')).toEqual(['chips']);
    library.trash('chips');
    expect(ids('korea')).toEqual([]);
  });

  it('is added to a library written before it (schema 8), whose entries become findable by name', () => {
    library = openLibrary(file);
    seed(library);
    library.close();
    library = undefined;
    const db = new Database(file);
    backToSchema8(db);
    expect(db.prepare("SELECT count(*) AS n FROM developments_fts WHERE developments_fts MATCH 'japan'").get()).toEqual({ n: 0 });
    db.close();

    library = openLibrary(file);
    expect(ids('japan')).toEqual(['chips']);
    expect(ids('lithography')).toEqual(['chips']);
    library.create(developmentFields({ title: 'Export rules', mentionedJurisdictions: ['Brazil'] }), { id: 'later' });
    expect(ids('brazil')).toEqual(['later']);
  });
});
