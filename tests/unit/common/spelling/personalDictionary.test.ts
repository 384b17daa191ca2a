import { describe, expect, it } from 'vitest';
import { PersonalDictionary, normaliseWord } from '../../../../common/spelling/personalDictionary';

describe('PersonalDictionary', () => {
  it('adds words without changing the list it was made from', () => {
    const empty = PersonalDictionary.EMPTY;
    const one = empty.add('Brieflink');
    expect(empty.contains('Brieflink')).toBe(false);
    expect(one.contains('Brieflink')).toBe(true);
    expect(one.add('Brieflink')).toBe(one);
    expect(one.size).toBe(1);
  });

  it('accepts a lower-case word in any case, a capitalised one as written or in capitals', () => {
    const list = PersonalDictionary.of(['interoperability', 'Mississauga', 'McGill']);
    expect(['interoperability', 'Interoperability', 'INTEROPERABILITY'].map((word) => list.contains(word))).toEqual([true, true, true]);
    expect(['Mississauga', 'MISSISSAUGA', 'mississauga'].map((word) => list.contains(word))).toEqual([true, true, false]);
    expect(['McGill', 'MCGILL', 'Mcgill', 'mcgill'].map((word) => list.contains(word))).toEqual([true, true, false, false]);
  });

  it('normalises what it stores and what it is asked: accents composed, apostrophes straight, no surrounding space', () => {
    const list = PersonalDictionary.of(['  Zoë ', 'Lac-Mégantic', 'Côte-d’Ivoire']);
    expect(list.contains('Zoe\u0308')).toBe(true);
    expect(list.contains('Lac-Me\u0301gantic')).toBe(true);
    expect(list.contains("Côte-d'Ivoire")).toBe(true);
    expect(list.words()).toEqual(["Côte-d'Ivoire", 'Lac-Mégantic', 'Zoë']);
  });

  it('refuses what is not a word', () => {
    expect(normaliseWord('')).toBeNull();
    expect(normaliseWord('two words')).toBeNull();
    expect(normaliseWord('---')).toBeNull();
    expect(normaliseWord('a\u0000b')).toBeNull();
    expect(normaliseWord('x'.repeat(101))).toBeNull();
    expect(PersonalDictionary.EMPTY.add('two words').size).toBe(0);
  });

  it('removes words', () => {
    const list = PersonalDictionary.of(['alpha', 'beta']).remove('alpha');
    expect(list.words()).toEqual(['beta']);
    expect(list.remove('gamma')).toBe(list);
  });

  it('reads and writes its file: one word a line, sorted, comments and blank lines skipped', () => {
    const list = PersonalDictionary.parse('# my words\r\nzeta\n\nAlpha\n  beta  \nnot a word\n');
    expect(list.words()).toEqual(['Alpha', 'beta', 'zeta']);
    expect(list.serialise()).toBe('Alpha\nbeta\nzeta\n');
    expect(PersonalDictionary.parse(list.serialise()).words()).toEqual(list.words());
    expect(PersonalDictionary.EMPTY.serialise()).toBe('');
  });
});
