import { describe, expect, it } from 'vitest';
import { createPlaceStore, type PlaceStorage } from '../../../../renderer/state/placeStore';
import {
  clampPanelWidth,
  fittedPanelWidths,
  MIN_NOTE_WIDTH,
  noteToReopen,
  PANEL_LIMITS,
  PANEL_STEP,
  panelWidthAfterKey,
  readSavedPlace,
  withNotePosition,
  withOpenNote,
  withPanelWidth,
  writeSavedPlace,
} from '../../../../renderer/state/savedPlace';

describe('panel widths', () => {
  it('are kept within each panel’s limits, in whole pixels', () => {
    expect(clampPanelWidth('notes', 10)).toBe(PANEL_LIMITS.notes.min);
    expect(clampPanelWidth('library', 5000)).toBe(PANEL_LIMITS.library.max);
    expect(clampPanelWidth('notes', 300.6)).toBe(301);
    expect(clampPanelWidth('notes', Number.NaN)).toBe(PANEL_LIMITS.notes.initial);
  });

  it('move with the arrow that moves the separator away from the panel', () => {
    expect(panelWidthAfterKey('notes', 300, 'ArrowRight')).toBe(300 + PANEL_STEP);
    expect(panelWidthAfterKey('notes', 300, 'ArrowLeft')).toBe(300 - PANEL_STEP);
    // The library's separator is on its left: moving it left widens the library.
    expect(panelWidthAfterKey('library', 400, 'ArrowLeft')).toBe(400 + PANEL_STEP);
    expect(panelWidthAfterKey('library', 400, 'ArrowRight')).toBe(400 - PANEL_STEP);
    expect(panelWidthAfterKey('notes', 300, 'PageUp')).toBe(300 + 4 * PANEL_STEP);
    expect(panelWidthAfterKey('notes', 300, 'Home')).toBe(PANEL_LIMITS.notes.min);
    expect(panelWidthAfterKey('library', 400, 'End')).toBe(PANEL_LIMITS.library.max);
    expect(panelWidthAfterKey('notes', PANEL_LIMITS.notes.max, 'ArrowRight')).toBe(PANEL_LIMITS.notes.max);
    expect(panelWidthAfterKey('notes', 300, 'Enter')).toBeNull();
    expect(panelWidthAfterKey('notes', 300, 'ArrowUp')).toBeNull();
  });
});

describe('panel widths in a narrow window', () => {
  const wide = { notes: PANEL_LIMITS.notes.max, library: PANEL_LIMITS.library.max };
  it('are as chosen where there is room', () => {
    expect(fittedPanelWidths(wide, 2560)).toBe(wide);
  });
  it('are narrowed in proportion so the note keeps its width, never below their minimum', () => {
    const fitted = fittedPanelWidths(wide, 1280);
    expect(fitted.notes + fitted.library + MIN_NOTE_WIDTH).toBeLessThanOrEqual(1280);
    expect(fitted.notes).toBeGreaterThan(PANEL_LIMITS.notes.min);
    expect(fitted.library).toBeGreaterThan(fitted.notes);
    expect(fittedPanelWidths(wide, 600)).toEqual({ notes: PANEL_LIMITS.notes.min, library: PANEL_LIMITS.library.min });
  });
});

describe('the saved place, read back', () => {
  it('round-trips what was written', () => {
    const place = withNotePosition(withOpenNote(withPanelWidth({ panelWidths: {} }, 'notes', 320), 'note-1'), 'note-1', { caret: { path: [2, 0], offset: 7 }, scrollTop: 480 });
    expect(readSavedPlace(writeSavedPlace(place))).toEqual({ panelWidths: { notes: 320 }, openNote: { id: 'note-1', caret: { path: [2, 0], offset: 7 }, scrollTop: 480 } });
  });

  it('is nothing saved when missing, not JSON, or of another shape', () => {
    for (const raw of [null, '', '{', 'null', '42', '"text"', '[1,2]', '{"panelWidths":"wide"}']) {
      expect(readSavedPlace(raw)).toEqual({ panelWidths: {} });
    }
  });

  it('ignores a width out of range or unknown, keeping the rest', () => {
    const raw = JSON.stringify({ panelWidths: { notes: 5, library: 500, editor: 300 }, openNote: { id: 'n' } });
    expect(readSavedPlace(raw)).toEqual({ panelWidths: { library: 500 }, openNote: { id: 'n' } });
    expect(readSavedPlace(JSON.stringify({ panelWidths: { notes: 1e9, library: -3 } }))).toEqual({ panelWidths: {} });
    expect(readSavedPlace(JSON.stringify({ panelWidths: { notes: 'x' } }))).toEqual({ panelWidths: {} });
  });

  it('drops a damaged open note, keeping the widths', () => {
    for (const openNote of [{ id: 5 }, { id: 'x'.repeat(500) }, { id: 'n', caret: { path: [-1], offset: 0 } }, { id: 'n', scrollTop: -4 }, 'note-1', { id: '' }]) {
      expect(readSavedPlace(JSON.stringify({ panelWidths: { notes: 300 }, openNote }))).toEqual({ panelWidths: { notes: 300 } });
    }
  });
});

describe('the note to reopen', () => {
  const place = { panelWidths: {}, openNote: { id: 'b' } };
  it('is the saved note if it is still there', () => {
    expect(noteToReopen(place, ['a', 'b'])).toBe('b');
  });
  it('is none when the saved note was deleted, or none was saved', () => {
    expect(noteToReopen(place, ['a'])).toBeNull();
    expect(noteToReopen({ panelWidths: {} }, ['a'])).toBeNull();
  });
});

describe('the open note', () => {
  const place = { panelWidths: { notes: 300 }, openNote: { id: 'a', caret: { path: [0, 0], offset: 2 }, scrollTop: 10 } };
  it('keeps its caret while the same note stays open, and loses it for another note or none', () => {
    expect(withOpenNote(place, 'a')).toBe(place);
    expect(withOpenNote(place, 'b')).toEqual({ panelWidths: { notes: 300 }, openNote: { id: 'b' } });
    expect(withOpenNote(place, null)).toEqual({ panelWidths: { notes: 300 } });
  });
  it('takes a position only for the note open now', () => {
    expect(withNotePosition(place, 'b', { scrollTop: 99 })).toBe(place);
    expect(withNotePosition(place, 'a', { scrollTop: 99 }).openNote).toEqual({ id: 'a', scrollTop: 99 });
  });
});

describe('the place store', () => {
  function memoryStorage(initial: Record<string, string> = {}): PlaceStorage & { items: Record<string, string> } {
    const items = { ...initial };
    return { items, getItem: (key) => items[key] ?? null, setItem: (key, value) => void (items[key] = value) };
  }

  it('reads the stored place once and writes each change', () => {
    const storage = memoryStorage({ k: JSON.stringify({ panelWidths: { notes: 300 } }) });
    const store = createPlaceStore(storage, 'k');
    expect(store.get().panelWidths).toEqual({ notes: 300 });
    store.update((place) => withPanelWidth(place, 'library', 500));
    expect(JSON.parse(storage.items.k)).toEqual({ panelWidths: { notes: 300, library: 500 } });
  });

  it('goes on in memory when storage throws, or there is none', () => {
    const refusing: PlaceStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    for (const storage of [refusing, null]) {
      const store = createPlaceStore(storage, 'k');
      expect(store.get()).toEqual({ panelWidths: {} });
      store.update((place) => withOpenNote(place, 'n'));
      expect(store.get().openNote).toEqual({ id: 'n' });
    }
  });
});
