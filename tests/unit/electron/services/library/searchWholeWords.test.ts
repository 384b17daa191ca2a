import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toTypedFtsQuery, toWholeWordFtsQuery } from '../../../../../electron/services/library/ftsQuery';
import { openLibrary, type LibraryService } from '../../../../../electron/services/library/library';
import { HIT_END, HIT_START } from '../../../../../electron/services/library/snippet';
import { windowSnippet } from '../../../../../electron/services/library/windowSnippet';
import { developmentFields } from '../../../../support/developmentFields';
import { makeTempDir, removeTempDir } from '../../../../support/backendFixture';

let dir: string;
let library: LibraryService | undefined;
beforeEach(() => {
  dir = makeTempDir('brieflink-whole-words-');
  library = openLibrary(path.join(dir, 'library.db'));
});
afterEach(() => {
  library?.close();
  library = undefined;
  removeTempDir(dir);
});

const add = (id: string, title: string, fullText = 'Plain text.') =>
  library!.create(developmentFields({ title, summary: 'Nothing to see.', keyPoints: [], fullText }), { id });
const ids = (query: string, limit: number, scope?: 'titles') => library!.search(query, limit, scope ? { scope } : {}).map((hit) => hit.id);

describe('whole words before prefixes', () => {
  it('quotes each word as a whole word, keeping operators as text', () => {
    expect(toWholeWordFtsQuery('export  NEAR(rules')).toBe('"export" "NEAR" "rules"');
    expect(toWholeWordFtsQuery(' "*) ')).toBeNull();
  });

  it('shows whole-word matches alone when they fill the page, and adds prefix matches when they do not', () => {
    add('chipmakers', 'Chipmakers register');
    add('chip-1', 'Chip rules');
    add('chip-2', 'Chips licensing', 'Chip chip.');
    // Two whole-word matches fill a page of two: the entry matching only by prefix is left out.
    expect(ids('chip', 2).sort()).toEqual(['chip-1', 'chip-2']);
    // A page of three is not filled by whole words: the prefix match joins.
    expect(ids('chip', 3).sort()).toEqual(['chip-1', 'chip-2', 'chipmakers']);
    // A word being typed matches by prefix, as before.
    expect(ids('chipm', 3)).toEqual(['chipmakers']);
    // Whole words meet the index's stemming: "chips" finds "Chip".
    expect(ids('chips', 2).sort()).toEqual(['chip-1', 'chip-2']);
  });

  it('takes the last word as part-typed, and an earlier word too when the index does not hold it as a word', () => {
    add('chip-rules', 'Chip rules');
    add('chipmakers-rules', 'Chipmakers rules');
    expect(toTypedFtsQuery('chip semic rul', (word) => word !== 'semic')).toBe('"chip" "semic"* "rul"*');
    // "chip" is a whole word with a match, so "chipmakers" is not looked for.
    expect(ids('chip rul', 5)).toEqual(['chip-rules']);
    // "chipm" is not a word of the index: it becomes a prefix.
    expect(ids('chipm rul', 5)).toEqual(['chipmakers-rules']);
  });

  it('leaves the titles search to prefixes at once', () => {
    add('chipmakers', 'Chipmakers register');
    add('chip-1', 'Chip rules');
    // The prefix match is found alongside the whole word.
    expect(ids('chip', 5, 'titles').sort()).toEqual(['chip-1', 'chipmakers']);
  });
});

describe('windowSnippet', () => {
  it('marks the hit in the one text holding it, skipping texts without it', () => {
    expect(windowSnippet(['No match here', 'The chips act passed'], ['chip'])).toBe(`The ${HIT_START}chips${HIT_END} act passed`);
  });
});
