import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../../common/template';
import { metadataSummary, requiredDetailsFilled } from '../../../../renderer/components/metadataSummary';

const decisionNote = JSON.parse(fs.readFileSync(new URL('../../../../templates/01-decision-note.json', import.meta.url), 'utf8')) as Template;

const filled = { subject: 'Export licensing', to: 'Minister', from: 'Director', date: '2026-12-06', reference: 'BN-2026-0042', classification: 'PROTECTED A' };

describe('the note details folded to one line', () => {
  it('may fold only once every required field has a value', () => {
    expect(requiredDetailsFilled(decisionNote, filled)).toBe(true);
    expect(requiredDetailsFilled(decisionNote, { ...filled, reference: '' })).toBe(true);
    expect(requiredDetailsFilled(decisionNote, { ...filled, to: '  ' })).toBe(false);
    expect(requiredDetailsFilled(decisionNote, { subject: 'Only a subject' })).toBe(false);
  });

  it('reads file number, date (in the note’s language) and classification first, then the other fields by label, without the Subject', () => {
    expect(metadataSummary(decisionNote, filled, 'en-CA')).toBe('Details: BN-2026-0042 · December 6, 2026 · PROTECTED A · To: Minister · From: Director');
    expect(metadataSummary(decisionNote, filled, 'en-GB')).toContain('· 6 December 2026 ·');
  });

  it('leaves out empty fields, keeps a date that is not one as typed, and says when nothing is filled in', () => {
    expect(metadataSummary(decisionNote, { ...filled, reference: '', date: 'next week', from: ' ' }, 'en-CA')).toBe('Details: next week · PROTECTED A · To: Minister');
    expect(metadataSummary(decisionNote, { subject: 'x' }, 'en-CA')).toBe('Details: none filled in');
  });
});
