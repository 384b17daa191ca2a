import { describe, expect, it } from 'vitest';
import { MAX_CLEARANCE_ENTRIES, type ClearanceEntry } from '../../../../../common/clearance';
import { mergeClearance } from '../../../../../electron/services/review/mergeClearance';

const entry = (id: string, outcome: ClearanceEntry['outcome'], extra: Partial<ClearanceEntry> = {}): ClearanceEntry => ({ id, step: 'consulted', office: `Office ${id}`, name: '', outcome, remark: '', ...extra });

describe('mergeClearance', () => {
  it('adds their entries, fills a pending one with their outcome, and keeps one decided here', () => {
    const mine = [entry('legal', 'pending'), entry('comms', 'not-cleared', { remark: 'Tone.' }), entry('desk', 'cleared')];
    const theirs = [entry('legal', 'cleared', { date: '2026-03-02', clearedRevision: 9 }), entry('comms', 'cleared'), entry('desk', 'cleared'), entry('finance', 'pending')];
    const merged = mergeClearance(mine, theirs);
    expect(merged.entries).toEqual([entry('legal', 'cleared', { date: '2026-03-02' }), mine[1], mine[2], entry('finance', 'pending')]);
    expect(merged).toMatchObject({ added: 1, decided: 1, notTaken: ['Office comms'] });
  });

  it('never goes past the list’s limit, and names what it left out', () => {
    const mine = Array.from({ length: MAX_CLEARANCE_ENTRIES }, (_, index) => entry(`mine-${index}`, 'pending'));
    const merged = mergeClearance(mine, [entry('extra', 'cleared')]);
    expect(merged.entries).toHaveLength(MAX_CLEARANCE_ENTRIES);
    expect(merged).toMatchObject({ added: 0, decided: 0, notTaken: ['Office extra'] });
  });
});
