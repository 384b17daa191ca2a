import { describe, expect, it } from 'vitest';
import type { Development } from '../../../../../common/development';
import { INITIAL_LIBRARY_PANEL, isOpen, libraryPanelReducer, type LibraryPanelAction, type LibraryPanelState } from '../../../../../renderer/components/library/libraryPanelState';

/** Only what the panel's modes read of a development. */
const development = (id: string, revision = 1) => ({ id, title: `Title of ${id}`, revision }) as Development;

const run = (...actions: LibraryPanelAction[]): LibraryPanelState => actions.reduce(libraryPanelReducer, INITIAL_LIBRARY_PANEL);

describe('the library panel modes', () => {
  it('opens a chosen result for reading, and closes it when it is chosen again', () => {
    const a = development('a');
    const opened = run({ type: 'choose', id: 'a' }, { type: 'show', development: a });
    expect(opened).toMatchObject({ selected: a, editing: false, pinned: false });
    expect(isOpen(opened, 'a')).toBe(true);
    expect(isOpen(opened, 'b')).toBe(false);
    expect(libraryPanelReducer(opened, { type: 'choose', id: 'a' }).selected).toBeNull();
  });

  it('choosing another result leaves the edit form and the pinned view at once, before the other one loads', () => {
    const a = development('a');
    const editingPinned = run({ type: 'pin', development: a }, { type: 'edit' });
    expect(editingPinned).toMatchObject({ selected: a, editing: true, pinned: true });
    const choosing = libraryPanelReducer(editingPinned, { type: 'choose', id: 'b' });
    expect(choosing).toMatchObject({ selected: a, editing: false, pinned: false });
  });

  it('edits only a development that is open', () => {
    expect(run({ type: 'edit' }).editing).toBe(false);
    expect(run({ type: 'show', development: development('a') }, { type: 'edit' }).editing).toBe(true);
  });

  it('a development asked for from the note is read, not edited, and pinned above the results', () => {
    const a = development('a');
    const b = development('b');
    const asked = run({ type: 'show', development: a }, { type: 'edit' }, { type: 'stop editing' }, { type: 'pin', development: b });
    expect(asked).toMatchObject({ selected: b, editing: false, pinned: true });
  });

  it('a save or a restored revision shows the development as it is now, with what happened', () => {
    const saved = development('a', 2);
    const state = run({ type: 'show', development: development('a') }, { type: 'edit' }, { type: 'changed', development: saved, message: 'Saved.' });
    expect(state).toMatchObject({ selected: saved, editing: false, message: 'Saved.' });
  });

  it('a deletion closes the development and offers undo; undo brings it back and says so', () => {
    const a = development('a');
    const trashed = run({ type: 'show', development: a }, { type: 'trashed', development: a });
    expect(trashed).toMatchObject({ selected: null, trashed: { id: 'a', title: 'Title of a' } });
    const restored = development('a', 2);
    expect(libraryPanelReducer(trashed, { type: 'untrashed', development: restored })).toMatchObject({
      selected: restored,
      trashed: null,
      message: 'Restored “Title of a”.',
    });
  });

  it('the import and share panels open and close on their own, and may both be open', () => {
    const both = run({ type: 'toggle import' }, { type: 'toggle share' });
    expect(both).toMatchObject({ importing: true, sharing: true });
    expect(libraryPanelReducer(both, { type: 'toggle import' })).toMatchObject({ importing: false, sharing: true });
  });

  it('"Import into library…" and files dropped on the window open the import panel, and leave it open if it is', () => {
    expect(run({ type: 'open import' })).toMatchObject({ importing: true });
    const open = run({ type: 'toggle import' });
    expect(libraryPanelReducer(open, { type: 'open import' })).toBe(open);
  });

  it('keeps a failure’s message and leaves the rest as it was', () => {
    const a = development('a');
    const before = run({ type: 'show', development: a });
    expect(libraryPanelReducer(before, { type: 'failed', message: 'No such development.' })).toEqual({ ...before, message: 'No such development.' });
  });
});
