import { describe, expect, it } from 'vitest';
import { shortcutGroups } from '../../../../renderer/state/shortcutList';

describe('the keyboard shortcuts dialog', () => {
  it('lists the menu commands with keys, by menu, then the note body’s own keys', () => {
    const groups = shortcutGroups('linux');
    expect(groups.map((group) => group.title)).toEqual(['File', 'Edit', 'Insert', 'Format', 'View', 'Help', 'In the note']);
    const file = groups[0].rows;
    expect(file).toContainEqual({ action: 'Export PDF', keys: 'Ctrl+E' });
    expect(file).toContainEqual({ action: 'Import into library', keys: 'Ctrl+Shift+O' });
    expect(groups.find((group) => group.title === 'In the note')?.rows).toContainEqual({ action: 'Comment on the selected text', keys: 'Ctrl+Alt+M' });
  });

  it('never shows developer items, nor a command without keys', () => {
    const actions = shortcutGroups('win32').flatMap((group) => group.rows.map((row) => row.action));
    expect(actions).not.toContain('Toggle developer tools');
    expect(actions).not.toContain('Reload');
    expect(actions).not.toContain('Open the data folder');
  });

  it('writes the keys as macOS does there', () => {
    const groups = shortcutGroups('darwin');
    expect(groups[0].rows).toContainEqual({ action: 'Export PDF', keys: '⌘E' });
    const note = groups.find((group) => group.title === 'In the note')?.rows ?? [];
    expect(note).toContainEqual({ action: 'Comment on the selected text', keys: '⌥⌘M' });
    expect(note.every((row) => !row.keys.includes('Ctrl'))).toBe(true);
  });
});
