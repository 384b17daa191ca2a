import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../../common/extract/gazetteer';
import { extractJurisdictions } from '../../../../common/extract/jurisdictions';

const of = (text: string, title = '') => extractJurisdictions(title, text);

describe('extractJurisdictions', () => {
  it.each([
    ['Chinese firms face new limits.', 'China'],
    ["Japan's regulator acted first.", 'Japan'],
    ['Japan’s regulator acted first.', 'Japan'],
    ['The EU adopted the act.', 'European Union'],
    ['The European Union adopted the act.', 'European Union'],
    ['Officials in the U.S. disagreed.', 'United States'],
    ['The US and its allies disagreed.', 'United States'],
    ['The United States disagreed.', 'United States'],
    ['American companies lobbied hard.', 'United States'],
    ['Leaders met at the G20 summit.', 'G20'],
    ['Leaders met at the G-20 summit.', 'G20'],
    ['Ministers gathered for APEC talks.', 'APEC'],
    ['Taiwanese chipmakers expanded.', 'Taiwan'],
    ['South Korean regulators fined the firm.', 'South Korea'],
    ['Dutch officials confirmed the rule.', 'Netherlands'],
    ['British ministers confirmed the rule.', 'United Kingdom'],
    ['The UK confirmed the rule.', 'United Kingdom'],
    ['Türkiye announced a review.', 'Turkey'],
    ['ASEAN members met in Jakarta.', 'ASEAN'],
    ['The OECD published figures.', 'OECD'],
    ['NATO allies agreed.', 'NATO'],
    ['The UN Security Council met.', 'United Nations'],
    ['The African Union adopted a protocol.', 'African Union'],
    ['Filipino lawmakers passed a bill.', 'Philippines'],
    ['New Zealand joined the pact.', 'New Zealand'],
  ])('%s → %s', (text, expected) => {
    expect(of(text)).toContain(expected);
  });

  it('tells North Korea from South Korea by the longer name', () => {
    expect(of('North Korean hackers stole the data.')).toEqual(['North Korea']);
  });

  it('ignores the pronoun "us" and words that merely contain a name', () => {
    expect(of('Let us know about USB devices and Indiana and Chinatown.')).toEqual([]);
  });

  it('does not read New Mexico, Latin American or the Washington Post as countries', () => {
    expect(of('New Mexico passed a law. Latin American leaders met. The Washington Post reported it.')).toEqual([]);
  });

  it('reads Washington the capital as the United States, but not Washington state', () => {
    expect(of('Officials in Washington weighed new rules on the sale of chips.')).toEqual([]); // one metonym alone is weak
    expect(of('Washington and Washington again pressed for new rules.')).toEqual(['United States']);
    expect(of('Washington state passed a privacy law; Washington State lawmakers cheered.')).toEqual(['United States', 'Washington State']);
  });

  it('treats Brussels as the EU only with weight: a single mention is not enough', () => {
    expect(of('The meeting took place in Brussels.')).toEqual([]);
    expect(of('Brussels wants more. Brussels also wants faster rules.')).toEqual(['European Union']);
  });

  // Decision: "Georgia" alone is taken as the US state (far more common in US policy news),
  // which acts with the United States; the country needs "Tbilisi" or "Georgian" in the text.
  it('does not propose the country Georgia for the US state', () => {
    expect(of("Georgia's state Senate passed a bill on election deepfakes.")).toEqual(['United States', 'Georgia (US state)']);
    expect(of('The Georgian government in Tbilisi signed the deal with Georgia’s neighbours.')).toEqual(['Georgia']);
  });

  it('orders by salience: frequent and early mentions first, a headline subject above all, and de-duplicates', () => {
    const text = 'France and Germany spoke. Germany spoke again. German officials agreed. Japan listened.';
    expect(of(text)).toEqual(['Germany', 'France', 'Japan']);
    expect(of('Officials spoke. Germany spoke again. Japan listened.', 'Japan sets the agenda')[0]).toBe('Japan');
  });

  it('covers the G20, the EU, ASEAN, the Five Eyes and the blocs it promises', () => {
    const names = new Set(GAZETTEER.map((entry) => entry.name));
    const required = [
      'Argentina', 'Australia', 'Brazil', 'Canada', 'China', 'France', 'Germany', 'India', 'Indonesia', 'Italy', 'Japan', 'Mexico',
      'Russia', 'Saudi Arabia', 'South Africa', 'South Korea', 'Turkey', 'United Kingdom', 'United States',
      'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland', 'Greece', 'Hungary', 'Ireland',
      'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
      'Brunei', 'Cambodia', 'Laos', 'Malaysia', 'Myanmar', 'Philippines', 'Singapore', 'Thailand', 'Vietnam', 'New Zealand',
      'European Union', 'G7', 'G20', 'APEC', 'ASEAN', 'OECD', 'United Nations', 'NATO', 'African Union', 'Taiwan',
    ];
    expect(required.filter((name) => !names.has(name))).toEqual([]);
  });

  it('finds every gazetteer name in a text that uses it', () => {
    for (const entry of GAZETTEER) {
      const text = `${entry.name} acted. ${entry.name} acted again. ${(entry.needsContext ?? []).join(' ')}`;
      expect(of(text), entry.name).toContain(entry.name);
    }
  });
});
