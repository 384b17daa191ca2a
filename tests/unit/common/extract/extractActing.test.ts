import { describe, expect, it } from 'vitest';
import { classifyJurisdictions } from '../../../../common/extract/jurisdictions';
import { extractStatus } from '../../../../common/extract/status';

const classify = (title: string, body: string, extra: { publisher?: string; datelinePlace?: string } = {}) => classifyJurisdictions({ title, body, ...extra });

describe('acting and mentioned jurisdictions', () => {
  it('acts with the headline’s subject; objects, companies and comparisons are mentioned', () => {
    const result = classify(
      'U.S. tightens curbs on chip exports to China',
      'The Biden administration on Monday unveiled new restrictions. The rules exempt equipment made in Japan and the Netherlands. Chinese chipmakers and the Dutch company ASML said they were studying them. The approach is similar to the European Union rules.',
    );
    expect(result.acting).toEqual(['United States']);
    expect(result.mentioned).toEqual(expect.arrayContaining(['China', 'Japan', 'Netherlands', 'European Union']));
  });

  it('finds the acting jurisdiction from its institutions when no country is named', () => {
    expect(classify('Online safety duties now enforceable', 'From today, platforms must act, Ofcom said.').acting).toEqual(['United Kingdom']);
    expect(classify('Bill introduced', 'The Ministry of Digital Development and Information today introduced the bill in Parliament.').acting).toEqual(['Singapore']);
    expect(classify('Rules notified', 'MeitY notified the rules on Friday.').acting).toEqual(['India']);
  });

  it('maps a state or province to its country and keeps it', () => {
    expect(classify('B.C. tables law on intimate images', "British Columbia's government introduced legislation. The federal bill tabled in Ottawa would create a commission for Canada.").acting).toEqual([
      'Canada',
      'British Columbia',
    ]);
    expect(classify('Hochul signs AI safety bill', 'Gov. Kathy Hochul on Friday signed the act, aligning it with California rules.', { datelinePlace: 'ALBANY' }).acting).toEqual([
      'United States',
      'New York',
    ]);
  });

  it('keeps a bloc itself rather than its members', () => {
    const result = classify('G7 trade ministers pledge to counter coercion', 'Trade ministers from the Group of Seven agreed on Sunday to work together. Japan chaired the meeting in Osaka.');
    expect(result.acting).toEqual(['G7']);
    expect(result.mentioned).toContain('Japan');
  });

  it('reads the publisher as a hint: a ministry names its country', () => {
    expect(classify('Senate approves telecommunications law', 'The Senate of the Republic on Tuesday approved the law.', { publisher: 'Gobierno de México' }).acting).toEqual(['Mexico']);
  });

  it('leaves the acting list empty, marked unsure, when nothing names one', () => {
    const result = classify('A new rule', 'The agency published a rule.');
    expect(result.acting).toEqual([]);
    expect(result.actingEvidence.unsure).toBe(true);
  });
});

describe('status', () => {
  const status = (title: string, ...sentences: string[]) => extractStatus(title, sentences).status;
  it.each([
    [['EU drops plan to scan encrypted messages', 'EU governments on Friday shelved the proposal.'], 'withdrawn'],
    [['Duties now enforceable', 'The first duties took effect today.'], 'in force'],
    [['Government seeks views on AI and copyright', 'The consultation closes on 25 February.'], 'consultation'],
    [['Regulator opens investigation into platform', 'The regulator opened formal proceedings on Monday.'], 'under review'],
    [['Province tables bill on online harms', 'The government introduced a bill on Wednesday.'], 'proposed'],
    [['Parliament passes AI law', 'The upper house approved the law on Wednesday.'], 'adopted'],
    [['Regulator launches AI testing pilot', 'The authority today launched a pilot.'], 'announced'],
  ] as const)('%s → %s', (sentences, expected) => {
    expect(status(sentences[0], ...sentences.slice(1))).toBe(expected);
  });

  it('gives the sentence it read the status from, and marks a guess unsure', () => {
    expect(extractStatus('Parliament passes AI law', ['The law applies next year.']).evidence).toEqual({ text: 'Parliament passes AI law', unsure: false });
    expect(extractStatus('Some words', ['Nothing here.']).evidence.unsure).toBe(true);
  });
});
