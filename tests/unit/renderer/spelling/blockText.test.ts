import { describe, expect, it } from 'vitest';
import { blockText, textsSignature } from '../../../../renderer/spelling/blockText';

describe('blockText', () => {
  it('joins the pieces, keeps offsets, and blanks linked-snippet text', () => {
    const { texts, segments } = blockText(
      [
        { node: 'a', text: 'Teh minister ', skipped: false },
        { node: 'b', text: 'quoetd source', skipped: true },
        { node: 'c', text: ' agreed.', skipped: false },
      ],
      'en-CA',
    );
    expect(texts).toEqual([{ language: 'en-CA', text: `Teh minister ${' '.repeat(13)} agreed.` }]);
    expect(segments).toEqual([
      { node: 'a', start: 0, length: 13 },
      { node: 'b', start: 13, length: 13 },
      { node: 'c', start: 26, length: 8 },
    ]);
  });

  it('gives a marked passage its own text in its own language, blanked out of the note’s', () => {
    const { texts } = blockText(
      [
        { node: 'a', text: 'The title is ', skipped: false },
        { node: 'b', text: 'Loi sur la protection', skipped: false, language: 'fr-CA' },
        { node: 'c', text: ' as enacted.', skipped: false },
      ],
      'en-GB',
    );
    expect(texts.map((text) => text.language)).toEqual(['en-GB', 'fr-CA']);
    const [english, french] = texts.map((text) => text.text);
    expect(english).toBe(`The title is ${' '.repeat(21)} as enacted.`);
    expect(french).toBe(`${' '.repeat(13)}Loi sur la protection${' '.repeat(12)}`);
    expect(english.length).toBe(french.length);
  });

  it('treats a passage marked in the note’s own language as the note’s, and never checks snippet text in a passage', () => {
    const same = blockText([{ node: 'a', text: 'Bonjour', skipped: false, language: 'en-CA' }], 'en-CA');
    expect(same.texts).toEqual([{ language: 'en-CA', text: 'Bonjour' }]);
    const inSnippet = blockText([{ node: 'a', text: 'Loi', skipped: true, language: 'fr-FR' }], 'en-CA');
    expect(inSnippet.texts).toEqual([{ language: 'en-CA', text: '   ' }]);
  });

  it('changes its signature when only a passage’s language changes', () => {
    const pieces = (language: 'fr-CA' | 'fr-FR') => [{ node: 'a', text: 'Loi', skipped: false, language }];
    expect(textsSignature(blockText(pieces('fr-CA'), 'en-CA').texts)).not.toBe(textsSignature(blockText(pieces('fr-FR'), 'en-CA').texts));
  });
});
