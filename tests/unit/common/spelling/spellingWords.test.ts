import { describe, expect, it } from 'vitest';
import { findWords, isAcronym } from '../../../../common/spelling/findWords';

const words = (text: string) => findWords(text).map((token) => token.word);

describe('findWords', () => {
  it('finds each word with its offsets in the text', () => {
    const text = 'The Minister  approved it.';
    const found = findWords(text);
    expect(found.map(({ word, start, end }) => [word, start, end])).toEqual([
      ['The', 0, 3],
      ['Minister', 4, 12],
      ['approved', 14, 22],
      ['it', 23, 25],
    ]);
    for (const token of found) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it('skips web addresses, with or without a scheme, and their paths', () => {
    expect(words('See https://www.canada.ca/en/services.html?lang=eng#top for detials.')).toEqual(['See', 'for', 'detials']);
    expect(words('Read www.gov.uk/guidance/exprot-controls today')).toEqual(['Read', 'today']);
    expect(words('Published on canada.ca and legislation.gov.au yesterday')).toEqual(['Published', 'on', 'and', 'yesterday']);
  });

  it('skips e-mail addresses', () => {
    expect(words('Write to jane.doe-smith@tbs-sct.gc.ca or policy+briefs@example.org soon')).toEqual(['Write', 'to', 'or', 'soon']);
  });

  it('skips file names, "e.g." and handles or tags', () => {
    expect(words('Attach briefng.docx, e.g. the draft; ask @jdoe about #budget2026 plans')).toEqual(['Attach', 'the', 'draft', 'ask', 'about', 'plans']);
  });

  it('skips all-caps acronyms of two letters or more, and their plurals, but not capitalised words', () => {
    expect(words('The EU, OECD and NATO asked MPs and NGOs; I said Is it so?')).toEqual(['The', 'and', 'asked', 'and', 'said', 'Is', 'it', 'so']);
    expect(isAcronym('EU')).toBe(true);
    expect(isAcronym('CEOs')).toBe(true);
    expect(isAcronym('Is')).toBe(false);
    expect(isAcronym('A')).toBe(false);
    expect(isAcronym('ÉTAT')).toBe(true);
  });

  it('skips words with digits, in all their parts', () => {
    expect(words('The G7 met on the 2nd about COVID-19 and H5N1 in Q3 2026')).toEqual(['The', 'met', 'on', 'the', 'about', 'and', 'in']);
  });

  it('skips single letters', () => {
    expect(words('Option a or b')).toEqual(['Option', 'or']);
  });

  it('keeps apostrophes inside a word, straightened, and leaves quote marks out', () => {
    const found = findWords('The government’s plan and the ministers\' views: ‘draft’');
    expect(found.map((token) => token.word)).toEqual(['The', "government's", 'plan', 'and', 'the', 'ministers', 'views', 'draft']);
    const possessive = found[1];
    expect([possessive.start, possessive.end]).toEqual([4, 16]);
  });

  it('keeps French elisions and compound words whole', () => {
    expect(words("L’État a dit qu'aujourd'hui l'ONU et c'est-à-dire")).toEqual(["L'État", 'dit', "qu'aujourd'hui", "l'ONU", 'et', "c'est-à-dire"]);
  });

  it('gives a hyphenated word its checkable parts, without acronyms or single letters', () => {
    const [compound] = findWords('policy-making');
    expect(compound.word).toBe('policy-making');
    expect(compound.parts.map((part) => [part.word, part.start, part.end])).toEqual([
      ['policy', 0, 6],
      ['making', 7, 13],
    ]);
    const [led] = findWords('a NATO-led mission');
    expect(led.word).toBe('NATO-led');
    expect(led.parts.map((part) => part.word)).toEqual(['led']);
    expect(words('EU-UK talks')).toEqual(['talks']);
    expect(findWords('a-t-il').map((token) => token.parts.map((part) => part.word))).toEqual([['il']]);
  });

  it('counts offsets in UTF-16 code units, as DOM ranges do', () => {
    const text = '𝐀 emoji 🇨🇦 then wrod';
    const last = findWords(text).at(-1)!;
    expect(text.slice(last.start, last.end)).toBe('wrod');
  });

  it('finds nothing in empty or punctuation-only text', () => {
    expect(findWords('')).toEqual([]);
    expect(findWords(' — … ; ')).toEqual([]);
  });
});
