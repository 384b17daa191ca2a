import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clearanceEntrySchema, clearanceListSchema, clearanceOf, clearancePrintOf, statusOf, type ClearanceEntry } from '../../../common/clearance';
import { applyReviewEdit, entryDateProblem, type ReviewState } from '../../../common/clearanceEdits';
import { newNote, noteSchema, withFormatVersion, type NoteSummary } from '../../../common/note';
import { templateSchema, type Template } from '../../../common/template';
import { filterByStatus, noMatchMessage } from '../../../renderer/components/clearance/statusFilter';

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const entry = (fields: Partial<ClearanceEntry> & { id: string }): ClearanceEntry => ({ step: 'consulted', office: '', name: '', outcome: 'pending', remark: '', ...fields });

describe('a note written before status and clearance existed', () => {
  const template = loadTemplate('01-decision-note');
  // As format 1 wrote it: no status, no clearance.
  const old = JSON.parse(JSON.stringify({ ...newNote(template, 'old-note', new Date('2025-01-01T00:00:00Z'), {}), formatVersion: 1 }));

  it('opens as a Draft with no clearance', () => {
    expect(old).not.toHaveProperty('status');
    expect(old).not.toHaveProperty('clearance');
    const note = noteSchema.parse(old);
    expect(statusOf(note)).toBe('draft');
    expect(clearanceOf(note)).toEqual([]);
  });

  it('is written as format 1 while it records nothing new, and as format 3 once it does', () => {
    const note = noteSchema.parse(old);
    const plain = withFormatVersion({ ...note, status: 'draft', clearance: [] });
    expect(plain.formatVersion).toBe(1);
    // Defaults are left out of the file, as an older version would have written it.
    expect(plain).not.toHaveProperty('status');
    expect(plain).not.toHaveProperty('clearance');
    expect(withFormatVersion({ ...note, status: 'in-review' })).toMatchObject({ formatVersion: 3, status: 'in-review' });
    const cleared = withFormatVersion({ ...note, clearance: [entry({ id: 'legal', office: 'Legal', outcome: 'cleared' })] });
    expect(cleared.formatVersion).toBe(3);
    expect(noteSchema.parse(JSON.parse(JSON.stringify(cleared))).clearance).toEqual(cleared.clearance);
  });
});

describe('clearance entries', () => {
  it('take ISO dates that exist, and fill a missing step and remark', () => {
    expect(clearanceEntrySchema.parse({ id: 'a', office: 'Legal', name: 'J. Smith', outcome: 'cleared', date: '2026-02-28' })).toEqual({
      id: 'a',
      step: 'consulted',
      office: 'Legal',
      name: 'J. Smith',
      outcome: 'cleared',
      date: '2026-02-28',
      remark: '',
    });
    for (const date of ['2026-02-30', '02/03/2026', '2026-2-3', '']) {
      const parsed = clearanceEntrySchema.safeParse({ id: 'a', office: '', name: '', outcome: 'pending', date });
      expect(parsed.success, date).toBe(false);
    }
    expect(clearanceEntrySchema.safeParse({ id: 'a', office: '', name: '', outcome: 'approved' }).success).toBe(false);
  });

  it('refuse two entries with one id and more than 40 entries', () => {
    const twice = clearanceListSchema.safeParse([entry({ id: 'same' }), entry({ id: 'same' })]);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]).toMatchObject({ path: [1, 'id'], message: 'duplicate clearance entry id "same"' });
    const many = clearanceListSchema.safeParse(Array.from({ length: 41 }, (_, index) => entry({ id: `e${index}` })));
    expect(many.error?.issues[0]?.message).toBe('at most 40 clearance entries');
  });

  it('say when a typed date is not one', () => {
    expect(entryDateProblem('')).toBeNull();
    expect(entryDateProblem('2024-02-29')).toBeNull();
    expect(entryDateProblem('2026-02-29')).toBe('This date does not exist.');
    expect(entryDateProblem('29/02/2024')).toBe('Write the date as yyyy-mm-dd.');
  });
});

describe('applyReviewEdit', () => {
  const start: ReviewState = { status: 'draft', clearance: [] };

  it('sets the status, adds, edits and removes entries, keeping their order and ids', () => {
    let state = applyReviewEdit(start, { type: 'set-status', status: 'in-review' });
    state = applyReviewEdit(state, { type: 'add-entry', id: 'one' });
    state = applyReviewEdit(state, { type: 'add-entry', id: 'two', fields: { step: 'approved' } });
    state = applyReviewEdit(state, { type: 'update-entry', id: 'one', fields: { office: 'Legal Services', outcome: 'cleared', date: '2026-03-02' } });
    expect(state).toEqual({
      status: 'in-review',
      clearance: [
        { id: 'one', step: 'consulted', office: 'Legal Services', name: '', outcome: 'cleared', date: '2026-03-02', remark: '' },
        { id: 'two', step: 'approved', office: '', name: '', outcome: 'pending', remark: '' },
      ],
    });
    // A date emptied in its box is no date at all, which the schema accepts.
    state = applyReviewEdit(state, { type: 'update-entry', id: 'one', fields: { date: undefined } });
    expect(state.clearance[0]).not.toHaveProperty('date');
    expect(clearanceListSchema.safeParse(state.clearance).success).toBe(true);
    state = applyReviewEdit(state, { type: 'remove-entry', id: 'one' });
    expect(state.clearance.map((item) => item.id)).toEqual(['two']);
  });

  it('gives back the same state for an edit that changes nothing', () => {
    expect(applyReviewEdit(start, { type: 'set-status', status: 'draft' })).toBe(start);
    expect(applyReviewEdit(start, { type: 'remove-entry', id: 'none' })).toBe(start);
    expect(applyReviewEdit(start, { type: 'update-entry', id: 'none', fields: { office: 'x' } })).toBe(start);
    const one = applyReviewEdit(start, { type: 'add-entry', id: 'one' });
    expect(applyReviewEdit(one, { type: 'add-entry', id: 'one' })).toBe(one);
    let full = start;
    for (let index = 0; index < 40; index++) full = applyReviewEdit(full, { type: 'add-entry', id: `e${index}` });
    expect(full.clearance).toHaveLength(40);
    expect(applyReviewEdit(full, { type: 'add-entry', id: 'e40' })).toBe(full);
  });
});

describe('where a template prints clearance', () => {
  it('is what the built-in templates say', () => {
    expect(clearancePrintOf(loadTemplate('07-us-action-memo'))).toEqual({ style: 'us-clearance-block', placement: 'end' });
    expect(clearancePrintOf(loadTemplate('01-decision-note'))).toEqual({ style: 'canada-prepared-consulted-approved', placement: 'end' });
    expect(clearancePrintOf(loadTemplate('02-information-note'))).toEqual({ style: 'canada-prepared-consulted-approved', placement: 'end' });
    expect(clearancePrintOf(loadTemplate('06-uk-ministerial-submission'))).toEqual({ style: 'uk-clearances-line', placement: 'after-metadata' });
  });

  it('follows the classification scheme for a template that does not say (the copy an older note carries)', () => {
    const without = (name: string) => {
      const template = loadTemplate(name);
      delete template.print.clearance;
      return clearancePrintOf(template);
    };
    expect(without('07-us-action-memo').style).toBe('us-clearance-block');
    expect(without('01-decision-note').style).toBe('canada-prepared-consulted-approved');
    expect(without('06-uk-ministerial-submission')).toEqual({ style: 'uk-clearances-line', placement: 'after-metadata' });
    expect(without('08-au-ministerial-brief')).toEqual({ style: 'us-clearance-block', placement: 'end' });
  });
});

describe('the notes list filtered by status', () => {
  const summary = (id: string, status?: NoteSummary['status'], problem?: string): NoteSummary => ({
    id,
    title: id,
    templateName: 'Decision note',
    updatedAt: '2026-03-01T00:00:00.000Z',
    createdAt: '2026-03-01T00:00:00.000Z',
    ...(status ? { status } : {}),
    ...(problem ? { problem } : {}),
  });
  const notes = [summary('a', 'draft'), summary('b', 'in-review'), summary('c'), summary('d', undefined, 'damaged'), summary('e', 'sent')];

  it('keeps the notes at that status; a listed note without one is a draft, an unreadable one only under all', () => {
    expect(filterByStatus(notes, 'all')).toBe(notes);
    expect(filterByStatus(notes, 'draft').map((note) => note.id)).toEqual(['a', 'c']);
    expect(filterByStatus(notes, 'in-review').map((note) => note.id)).toEqual(['b']);
    expect(filterByStatus(notes, 'approved')).toEqual([]);
  });

  it('says what left the list empty', () => {
    expect(noMatchMessage('pilot', 'all')).toBe('No note titles match “pilot”.');
    expect(noMatchMessage(' ', 'approved')).toBe('No notes at status “Approved”.');
    expect(noMatchMessage('pilot', 'sent')).toBe('No notes at status “Sent” have titles matching “pilot”.');
  });
});
