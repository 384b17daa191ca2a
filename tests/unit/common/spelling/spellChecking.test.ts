import { beforeAll, describe, expect, it } from 'vitest';
import { blankOut } from '../../../../common/spelling/blankOut';
import { findMisspellings, suggestionsFor } from '../../../../common/spelling/findMisspellings';
import type { SpellEngine } from '../../../../common/spelling/spellEngine';
import { PersonalDictionary } from '../../../../common/spelling/personalDictionary';
import { createHunspellEngine } from '../../../../renderer/spelling/hunspellEngine';
import { readDictionary } from '../../../support/spellingDictionaries';

// The checking rules with the dictionaries the app ships, through the engine the worker uses.
let canadian: SpellEngine;
let american: SpellEngine;
let french: SpellEngine;

beforeAll(async () => {
  canadian = await createHunspellEngine(await readDictionary('en-CA'));
  american = await createHunspellEngine(await readDictionary('en-US'));
  french = await createHunspellEngine(await readDictionary('fr'));
}, 120_000);

const misspelt = (text: string, engine: SpellEngine, language: Parameters<typeof findMisspellings>[1], known?: (word: string) => boolean) =>
  findMisspellings(text, language, engine, known).map(({ word, start, end }) => [word, start, end]);

describe('findMisspellings', () => {
  it('marks misspelt words with their offsets and leaves correct ones alone', () => {
    expect(misspelt('The goverment will recieve the report.', canadian, 'en-CA')).toEqual([
      ['goverment', 4, 13],
      ['recieve', 19, 26],
    ]);
    expect(misspelt('The Minister approved the policy at the beginning of the year.', canadian, 'en-CA')).toEqual([]);
  });

  it("checks each language's own spelling", () => {
    expect(misspelt('The colour of the centre', canadian, 'en-CA')).toEqual([]);
    expect(misspelt('The colour of the centre', american, 'en-US').map(([word]) => word)).toEqual(['colour', 'centre']);
  });

  it('accepts capitalised words at the start of a sentence and possessives', () => {
    expect(misspelt("Government policy. The government's plan and Canada's position.", canadian, 'en-CA')).toEqual([]);
    expect(misspelt('The goverment’s plan', canadian, 'en-CA')).toEqual([["goverment's", 4, 15]]);
  });

  it('never flags web addresses, e-mail addresses, acronyms or words with digits, even when the dictionary lacks them', () => {
    const text = 'See https://exmaple.org/polcy, write to jdoe@minstry.gc.ca; the OECD, CUSMA and G20 met on COVID-19 in 2026.';
    expect(misspelt(text, canadian, 'en-CA')).toEqual([]);
  });

  it('judges a hyphenated word the dictionary lacks part by part, and marks only the wrong part', () => {
    expect(misspelt('evidence-based policy-making and well-founded advice', canadian, 'en-CA')).toEqual([]);
    expect(misspelt('a NATO-led mision', canadian, 'en-CA')).toEqual([['mision', 11, 17]]);
    expect(misspelt('a polcy-making exercise', canadian, 'en-CA')).toEqual([['polcy', 2, 7]]);
  });

  it('reads French elisions and compounds', () => {
    expect(misspelt("L'État et l'ONU ont dit qu'aujourd'hui, c'est-à-dire jusqu'à demain, le gouvernement agit.", french, 'fr-CA')).toEqual([]);
    expect(misspelt('Le gouvernment agit aujourd’hui.', french, 'fr-CA')).toEqual([['gouvernment', 3, 14]]);
    expect(misspelt("l'adminsitration", french, 'fr-FR')).toEqual([["l'adminsitration", 0, 16]]);
  });

  it('does not flag words of the personal dictionary', () => {
    const personal = PersonalDictionary.of(['Brieflink', 'interoperability']);
    const known = (word: string) => personal.contains(word);
    expect(misspelt('Brieflink supports Interoperability.', canadian, 'en-CA', known)).toEqual([]);
    expect(misspelt('Brieflnk', canadian, 'en-CA', known)).toEqual([['Brieflnk', 0, 8]]);
  });

  it('leaves blanked-out stretches (linked-snippet text) unchecked, keeping the other offsets', () => {
    const text = 'Our polcy: the goverment said so.';
    const snippet = { start: 11, end: 24 };
    expect(blankOut(text, [snippet])).toHaveLength(text.length);
    expect(misspelt(blankOut(text, [snippet]), canadian, 'en-CA')).toEqual([['polcy', 4, 9]]);
  });
});

describe('suggestionsFor', () => {
  it('puts the right word first for common misspellings', () => {
    expect(suggestionsFor('goverment', 'en-CA', canadian)[0]).toBe('government');
    expect(suggestionsFor('recieve', 'en-CA', canadian)[0]).toBe('receive');
    expect(suggestionsFor('accomodate', 'en-CA', canadian)[0]).toBe('accommodate');
    expect(suggestionsFor('politque', 'fr-CA', french)[0]).toBe('politique');
  });

  it('lists the word meant among the first three where Hunspell ranks another word one edit away first', () => {
    // "gouvernent" (they govern) is as close to "gouvernment" as "gouvernement" is.
    expect(suggestionsFor('gouvernment', 'fr-CA', french).slice(0, 3)).toContain('gouvernement');
  });

  it("corrects the word after a French elision and keeps the elision", () => {
    expect(suggestionsFor("l'adminsitration", 'fr-FR', french)).toContain("l'administration");
  });

  it('has nothing to suggest for a correct word', () => {
    expect(suggestionsFor('government', 'en-CA', canadian)).toEqual([]);
  });
});
