import { describe, expect, it } from 'vitest';
import { createIncomingFileStore } from '../../../../renderer/state/incomingFileStore';

const file = (name: string) => new File(['x'], name);

describe('files on their way to the panel that imports them', () => {
  it('wait for their panel, are handed over once, in order, and leave the other panel’s', () => {
    const store = createIncomingFileStore();
    let heard = 0;
    store.subscribe(() => heard++);
    const pdf = file('a.pdf');
    const html = file('b.html');
    const note = file('c.brieflink-note.json');
    store.send([{ for: 'library', file: pdf }, { for: 'sharedNote', file: note }]);
    store.send([{ for: 'library', file: html }]);
    expect(heard).toBe(2);
    expect(store.waiting('library')).toBe(true);
    expect(store.take('library').map((item) => ('file' in item ? item.file.name : ''))).toEqual(['a.pdf', 'b.html']);
    expect(store.waiting('library')).toBe(false);
    expect(store.take('library')).toEqual([]);
    expect(store.take('sharedNote')).toEqual([{ for: 'sharedNote', file: note }]);
  });

  it('says nothing for nothing sent', () => {
    const store = createIncomingFileStore();
    let heard = 0;
    store.subscribe(() => heard++);
    store.send([]);
    expect(heard).toBe(0);
  });
});
