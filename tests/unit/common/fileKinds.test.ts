import { describe, expect, it } from 'vitest';
import { refusedFilesMessage, sortFilesByKind } from '../../../common/fileKinds';

const named = (...names: string[]) => names.map((name) => ({ name }));

describe('files dropped on the window, sorted by type', () => {
  it('sends documents to the library, shared notes to the notes, and refuses the rest, in order', () => {
    const sorted = sortFilesByKind(named('call.PDF', 'brief.brieflink-note.json', 'page.htm', 'setup.exe', 'notes.md', 'data.json', 'a.docx', 'b.txt', 'c.html'));
    expect(sorted.libraryImport.map((file) => file.name)).toEqual(['call.PDF', 'page.htm', 'notes.md', 'a.docx', 'b.txt', 'c.html']);
    expect(sorted.sharedNote.map((file) => file.name)).toEqual(['brief.brieflink-note.json']);
    expect(sorted.refused.map((file) => file.name)).toEqual(['setup.exe', 'data.json']);
  });

  it('keeps the files themselves, whatever else they carry', () => {
    const file = { name: 'a.pdf', size: 3 };
    expect(sortFilesByKind([file]).libraryImport[0]).toBe(file);
    expect(sortFilesByKind([])).toEqual({ libraryImport: [], sharedNote: [], refused: [] });
  });
});

describe('the message for files not imported', () => {
  it('names the file and says what is imported', () => {
    const message = refusedFilesMessage(['setup.exe']);
    expect(message).toMatch(/^setup\.exe was not imported: Brieflink does not open this kind of file\./);
    expect(message).toContain('.pdf');
    expect(message).toContain('.brieflink-note.json');
  });

  it('names up to three and counts the rest', () => {
    expect(refusedFilesMessage(['a.exe', 'b.zip'])).toMatch(/^a\.exe, b\.zip were not imported/);
    expect(refusedFilesMessage(['a', 'b', 'c', 'd', 'e'])).toMatch(/^a, b, c and 2 more were not imported/);
  });
});
