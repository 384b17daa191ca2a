import { describe, expect, it } from 'vitest';
import { startsLowerCase, switchFirstLetterCase } from '../../../../renderer/editor/sentenceCase';

describe('a snippet read in the flow of a sentence', () => {
  it('switches the first letter to small and back', () => {
    expect(switchFirstLetterCase('In India, Platforms must act.')).toBe('in India, Platforms must act.');
    expect(switchFirstLetterCase('in India, Platforms must act.')).toBe('In India, Platforms must act.');
    expect(switchFirstLetterCase('“Platforms must act”')).toBe('“platforms must act”');
    expect(switchFirstLetterCase('Émission rules')).toBe('émission rules');
  });

  it('leaves a first word in capitals, a single capital word and text with no letter', () => {
    expect(switchFirstLetterCase('EU rules apply.')).toBe('EU rules apply.');
    expect(switchFirstLetterCase('A rule applies.')).toBe('a rule applies.');
    expect(switchFirstLetterCase('2025: rules')).toBe('2025: rules');
  });

  it('says whether a text starts small', () => {
    expect(startsLowerCase('“in India')).toBe(true);
    expect(startsLowerCase('In India')).toBe(false);
  });
});
