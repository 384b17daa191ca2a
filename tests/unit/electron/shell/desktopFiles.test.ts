import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openableKindOf } from '../../../../common/fileKinds';
import { openedFileSchema, type OpenedFile } from '../../../../common/openedFile';
import { createDesktopFileOpener } from '../../../../electron/shell/desktopFiles';
import { openableFile, openableFilesIn } from '../../../../electron/shell/openableFiles';
import { callMethod } from '../../../support/callMethod';
import { useTestBackend } from '../../../support/testBackend';

describe('which files Brieflink opens from the desktop', () => {
  it('knows a shared note and the documents the library imports by their names, whatever the case', () => {
    expect(openableKindOf('Options for the Minister.brieflink-note.json')).toBe('sharedNote');
    expect(openableKindOf('BRIEF.BRIEFLINK-NOTE.JSON')).toBe('sharedNote');
    for (const name of ['a.txt', 'a.md', 'a.HTML', 'a.htm', 'a.pdf', 'a.docx']) expect(openableKindOf(name), name).toBe('libraryImport');
    for (const name of ['a.json', 'library.brieflink-bundle.json', 'a.doc', 'a.exe', 'pdf', 'brieflink-note.json.zip', '']) expect(openableKindOf(name), name).toBeNull();
  });

  it('takes the files from a command line, leaving out the program, switches, the app folder and other files', () => {
    const argv = [
      '/opt/Brieflink/brieflink',
      '.',
      '--allow-file-access-from-files',
      '--original-process-start-time=13380000000000000',
      'notes/Brief.brieflink-note.json',
      '/home/me/Downloads/release.pdf',
      '/home/me/Downloads/setup.sh',
      '/home/me/Downloads/release.pdf',
      '',
    ];
    expect(openableFilesIn(argv, '/home/me')).toEqual([
      { path: '/home/me/notes/Brief.brieflink-note.json', kind: 'sharedNote' },
      { path: '/home/me/Downloads/release.pdf', kind: 'libraryImport' },
    ]);
    // The program itself is never taken, whatever its name.
    expect(openableFilesIn(['/tmp/trick.pdf'], '/')).toEqual([]);
    expect(openableFilesIn([], '/')).toEqual([]);
  });

  it('takes a path macOS hands over only when it is absolute and of a kind Brieflink opens', () => {
    expect(openableFile('/Users/me/Brief.brieflink-note.json')).toEqual({ path: '/Users/me/Brief.brieflink-note.json', kind: 'sharedNote' });
    expect(openableFile('Brief.brieflink-note.json')).toBeNull();
    expect(openableFile('/Users/me/photo.png')).toBeNull();
  });
});

describe('opening files from the desktop', () => {
  const test = useTestBackend();

  async function sharedNoteFile(dir: string): Promise<string> {
    const note = await test.backend.handlers['notes.create']({ templateId: 'decision-note' });
    await test.backend.handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'From the desktop' }, body: note.body, baseRevision: note.revision });
    const { outcome } = await test.backend.handlers['notes.share']({ noteId: note.id });
    if (outcome.delivery !== 'download') throw new Error('expected a download');
    const file = path.join(dir, 'incoming', outcome.fileName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(outcome.dataBase64, 'base64'));
    // As a colleague's note arrives: this workspace does not have it (one it has would be merged into it).
    await test.backend.handlers['notes.delete']({ id: note.id });
    return file;
  }

  function opener(options: { fileSize?: (file: string) => number } = {}) {
    const sent: OpenedFile[] = [];
    const logged: string[] = [];
    const files = createDesktopFileOpener({
      handlers: test.backend.handlers,
      fileSize: options.fileSize ?? ((file) => fs.statSync(file).size),
      readFile: (file) => fs.readFileSync(file),
      send: (opened) => sent.push(openedFileSchema.parse(opened)),
      log: (line) => logged.push(line),
    });
    return { files, sent, logged };
  }

  it('imports a shared note as a new note and a document as a proposal for review, telling the window once it is ready', async () => {
    const shared = await sharedNoteFile(test.dir);
    const text = path.join(test.dir, 'incoming', 'release.txt');
    fs.writeFileSync(text, 'Ministry announces new export controls\n\nThe ministry said on 3 March 2026 that export licences for sensors will be tiered.');
    const before = (await test.backend.handlers['notes.list']({})).length;
    const librarySize = async () => {
      const found = await callMethod(test.backend.handlers, 'library.search', { query: '', limit: 200 });
      if (!found.ok) throw new Error(found.error.message);
      return found.value.length;
    };
    const libraryBefore = await librarySize();
    const { files, sent } = opener();

    await files.open([
      { path: shared, kind: 'sharedNote' },
      { path: text, kind: 'libraryImport' },
    ]);
    expect(sent).toEqual([]);
    files.windowReady();

    expect(sent.map((opened) => [opened.kind, opened.fileName])).toEqual([
      ['sharedNote', path.basename(shared)],
      ['libraryImport', 'release.txt'],
    ]);
    const [note, proposal] = sent;
    if (note.kind !== 'sharedNote' || proposal.kind !== 'libraryImport') throw new Error('unexpected kinds');
    expect(note.imported.note.title).toBe('From the desktop');
    expect(note.imported.renamed).toBe(false);
    expect(note.imported.merged).toBeUndefined();
    expect(await test.backend.handlers['notes.list']({})).toHaveLength(before + 1);
    expect(proposal.proposal.fields.title).toMatch(/export controls/i);
    // A proposal is not saved until the user has reviewed it.
    expect(await librarySize()).toBe(libraryBefore);

    // Once the window is ready, later files are told at once. The same file again is merged into the note it added.
    await files.open([{ path: shared, kind: 'sharedNote' }]);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toMatchObject({ kind: 'sharedNote', imported: { renamed: false, merged: expect.stringContaining('It adds nothing') } });
    expect(await test.backend.handlers['notes.list']({})).toHaveLength(before + 1);
  });

  it('tells the window why a file could not be imported: damaged, missing, or too large', async () => {
    const damaged = path.join(test.dir, 'damaged.brieflink-note.json');
    fs.writeFileSync(damaged, '{"format":"brieflink-shared-note","ver');
    const huge = path.join(test.dir, 'huge.pdf');
    fs.writeFileSync(huge, 'small on disk');
    const { files, sent } = opener({ fileSize: (file) => (file === huge ? 50 * 1024 * 1024 : fs.statSync(file).size) });
    files.windowReady();
    await files.open([
      { path: damaged, kind: 'sharedNote' },
      { path: path.join(test.dir, 'gone.docx'), kind: 'libraryImport' },
      { path: huge, kind: 'libraryImport' },
    ]);
    expect(sent.map((opened) => opened.kind)).toEqual(['failed', 'failed', 'failed']);
    const messages = sent.map((opened) => (opened.kind === 'failed' ? opened.message : ''));
    expect(messages[0]).toMatch(/shared note|not valid|JSON/i);
    expect(messages[1]).toMatch(/^gone\.docx could not be read: ENOENT/);
    expect(messages[2]).toBe('huge.pdf is 50.0 MB; the largest file Brieflink imports this way is 5.0 MB.');
    expect(await test.backend.handlers['notes.list']({})).toHaveLength(0);
  });
});
