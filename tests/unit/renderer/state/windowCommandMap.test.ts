import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from '../../../../common/commands';
import { filterEntries, opensPalette, paletteEntries, platformOf, printsNote } from '../../../../renderer/state/windowCommandMap';

describe('the palette lists the window commands', () => {
  it('lists every window command but itself, Print… included, greyed with a reason when nothing can run it', () => {
    const entries = paletteEntries({}, 'linux');
    const ids = entries.map((entry) => entry.id);
    const windowIds = APP_COMMANDS.filter((command) => command.handledBy === 'window').map((command) => command.id);
    expect(ids).toEqual(windowIds.filter((id) => id !== 'view.palette'));
    expect(entries.find((entry) => entry.id === 'note.print')).toEqual({ id: 'note.print', label: 'Print', keys: 'Ctrl+P', unavailable: 'Open a note first' });
    expect(ids).not.toContain('edit.undo');
    expect(entries.find((entry) => entry.id === 'note.exportPdf')).toEqual({ id: 'note.exportPdf', label: 'Export PDF', keys: 'Ctrl+E', unavailable: 'Open a note first' });
  });

  it('enables what the window registered, with the platform keys', () => {
    const entries = paletteEntries({ 'note.exportPdf': () => {} }, 'darwin');
    expect(entries.find((entry) => entry.id === 'note.exportPdf')).toEqual({ id: 'note.exportPdf', label: 'Export PDF', keys: '⌘E' });
    expect(entries.find((entry) => entry.id === 'note.exportDocx')?.unavailable).toBe('Open a note first');
  });

  it('filters by every word typed, in any order and case', () => {
    const entries = paletteEntries({}, 'linux');
    expect(filterEntries(entries, 'export pdf').map((entry) => entry.id)).toEqual(['note.exportPdf']);
    expect(filterEntries(entries, 'PDF exp').map((entry) => entry.id)).toEqual(['note.exportPdf']);
    expect(filterEntries(entries, '  ')).toHaveLength(entries.length);
    expect(filterEntries(entries, 'nothing like this')).toEqual([]);
  });
});

describe('the keys that print the note', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });
  it("are Ctrl+P, and Cmd+P on macOS; the palette's Ctrl+Shift+P is not one", () => {
    expect(printsNote(press('p', { ctrlKey: true }), 'linux')).toBe(true);
    expect(printsNote(press('P', { ctrlKey: true }), 'win32')).toBe(true);
    expect(printsNote(press('p', { metaKey: true }), 'darwin')).toBe(true);
    expect(printsNote(press('p', { ctrlKey: true }), 'darwin')).toBe(false);
    expect(printsNote(press('P', { ctrlKey: true, shiftKey: true }), 'linux')).toBe(false);
    expect(printsNote(press('p', { ctrlKey: true, altKey: true }), 'linux')).toBe(false);
    expect(printsNote(press('p', {}), 'linux')).toBe(false);
  });
});

describe('the keys that open the palette', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });
  it('are Ctrl+Shift+P, and Cmd+Shift+P on macOS', () => {
    expect(opensPalette(press('P', { ctrlKey: true, shiftKey: true }), 'linux')).toBe(true);
    expect(opensPalette(press('p', { metaKey: true, shiftKey: true }), 'darwin')).toBe(true);
    expect(opensPalette(press('P', { ctrlKey: true, shiftKey: true }), 'darwin')).toBe(false);
    expect(opensPalette(press('p', { ctrlKey: true }), 'win32')).toBe(false);
    expect(opensPalette(press('P', { ctrlKey: true, shiftKey: true, altKey: true }), 'linux')).toBe(false);
  });

  it('follow the platform of the user agent', () => {
    expect(platformOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('darwin');
    expect(platformOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('win32');
    expect(platformOf('Mozilla/5.0 (X11; Linux x86_64)')).toBe('linux');
  });
});
