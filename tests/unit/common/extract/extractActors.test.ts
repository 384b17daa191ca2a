import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../common/extract/actors';

describe('extractActors', () => {
  it('finds the bodies named in the corpus article', () => {
    const text =
      'U.S. Commerce Department officials have held informal talks. The proposals remain under review, with the Department of Defense, State Department, and Office of the U.S. Trade Representative weighing in. It would be the largest change since the 2019 Huawei sanctions.';
    expect(extractActors(text)).toEqual(
      expect.arrayContaining(['U.S. Commerce Department', 'Department of Defense', 'State Department', 'Office of the U.S. Trade Representative', 'Huawei']),
    );
  });

  it.each([
    ['The European Commission proposed rules.', 'European Commission'],
    ['The Ministry of Health, Labour and Welfare said so.', 'Ministry of Health, Labour and Welfare'],
    ['The Cyberspace Administration of China issued rules.', 'Cyberspace Administration of China'],
    ['The Federal Trade Commission sued.', 'Federal Trade Commission'],
    ['Shares of Acme Robotics Inc. rose.', 'Acme Robotics Inc.'],
    ['Northwind Holdings Ltd said so.', 'Northwind Holdings Ltd'],
    ['The Environmental Protection Agency agreed.', 'Environmental Protection Agency'],
    ['The Court of Justice of the European Union ruled.', 'Court of Justice of the European Union'],
    ["Singapore's Infocomm Media Development Authority agreed.", 'Infocomm Media Development Authority'],
    ["The Information Commissioner's Office agreed.", "Information Commissioner's Office"],
  ])('%s → %s', (text, actor) => {
    expect(extractActors(text)).toContain(actor);
  });

  it('takes the full name for an acronym defined in parentheses and counts its later uses', () => {
    const text = 'The National Data Protection Authority (ANPD) approved the clauses. The ANPD said more would follow. Google agreed.';
    expect(extractActors(text)).toEqual(['National Data Protection Authority', 'Google']);
  });

  it('folds a shorter form into the longer name of the same body', () => {
    expect(extractActors('The U.S. Commerce Department acted. The Commerce Department said more.')).toEqual(['U.S. Commerce Department']);
  });

  it('does not run a name across a sentence end or keep sentence openers', () => {
    const actors = extractActors('Talks went on in Asia. The Korea Fair Trade Commission acted. Meanwhile Ministry of Finance officials waited.');
    expect(actors).toContain('Korea Fair Trade Commission');
    expect(actors).toContain('Ministry of Finance');
    expect(actors.some((a) => a.includes('.') && !a.includes('U.S.'))).toBe(false);
  });

  it('ignores a bare head word', () => {
    expect(extractActors('The Commission said the Department and the Agency agreed.')).toEqual([]);
  });
});
