import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DICTIONARIES, SPELLING_LANGUAGES, dictionaryFor, isSpellingLanguage, matchSpellingLanguage, primaryLanguage } from '../../../../common/spelling/languages';

describe('spelling languages', () => {
  it('offers the six languages of the Language menu, each with a dictionary', () => {
    expect([...SPELLING_LANGUAGES]).toEqual(['en-CA', 'en-GB', 'en-US', 'en-AU', 'fr-CA', 'fr-FR']);
    expect(SPELLING_LANGUAGES.map(dictionaryFor)).toEqual(['en-CA', 'en-GB', 'en-US', 'en-AU', 'fr', 'fr']);
  });

  it("uses dictionaries whose spellings are those of their country", () => {
    const entries = (id: keyof typeof DICTIONARIES) => {
      const dic = fs.readFileSync(path.join('node_modules', DICTIONARIES[id].packageName, 'index.dic'), 'utf8');
      return new Set(dic.split('\n').map((line) => line.split('/')[0]));
    };
    const us = entries('en-US');
    expect(us.has('color') && us.has('center') && !us.has('colour') && !us.has('centre')).toBe(true);
    for (const id of ['en-GB', 'en-CA', 'en-AU'] as const) {
      const other = entries(id);
      expect(other.has('colour') && other.has('centre') && !other.has('color'), id).toBe(true);
    }
    // Canadian spelling keeps American -ize; British and Australian take -ise.
    expect(entries('en-CA').has('analyze')).toBe(true);
    expect(entries('en-GB').has('analyse') && entries('en-AU').has('analyse')).toBe(true);
  });

  it('recognises the supported tags only', () => {
    expect(isSpellingLanguage('fr-CA')).toBe(true);
    expect(isSpellingLanguage('fr-ca')).toBe(false);
    expect(isSpellingLanguage('de-DE')).toBe(false);
    expect(isSpellingLanguage(42)).toBe(false);
  });

  it('matches tags as systems and documents write them to the closest supported language', () => {
    expect(matchSpellingLanguage('en_CA')).toBe('en-CA');
    expect(matchSpellingLanguage('EN-gb')).toBe('en-GB');
    expect(matchSpellingLanguage('fr-CA')).toBe('fr-CA');
    expect(matchSpellingLanguage('fr')).toBe('fr-FR');
    expect(matchSpellingLanguage('fr-BE')).toBe('fr-FR');
    expect(matchSpellingLanguage('en')).toBe('en-US');
    expect(matchSpellingLanguage('en-NZ')).toBe('en-AU');
    expect(matchSpellingLanguage('en-Latn-CA')).toBe('en-CA');
    expect(matchSpellingLanguage('de-DE')).toBeNull();
    expect(matchSpellingLanguage('')).toBeNull();
  });

  it('knows which languages take French elisions', () => {
    expect(primaryLanguage('fr-CA')).toBe('fr');
    expect(primaryLanguage('en-AU')).toBe('en');
  });
});
