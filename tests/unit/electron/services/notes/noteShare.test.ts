import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { developmentFieldsSchema } from '../../../../../common/development';
import { editorState, paragraphNode, textNode } from '../../../../../common/editorState';
import { findSnippets } from '../../../../../common/citations';
import { classifySource, SHARED_NOTE_FORMAT, SHARED_NOTE_VERSION, sharedNoteSchema, type SharedNote } from '../../../../../common/noteShare';
import { AppError } from '../../../../../common/result';
import { NOTE_FORMAT_VERSION } from '../../../../../common/note';
import { DEFAULT_DEVELOPMENTS } from '../../../../../electron/services/library/defaultDevelopments';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { snippetNode } from '../../../../support/snippetNodes';
import { useTestBackend } from '../../../../support/testBackend';

describe('classifySource', () => {
  const rev = (revision: number, contentHash: string, history: [number, string][] = [[revision, contentHash]]) => ({
    revision,
    contentHash,
    history: history.map(([r, h]) => ({ revision: r, contentHash: h })),
  });

  it('tells missing, same, newer, older and collision apart', () => {
    expect(classifySource(rev(1, 'a'), null)).toBe('missing');
    expect(classifySource(rev(1, 'a'), rev(1, 'a'))).toBe('same');
    // Same content under different revision numbers is still the same source.
    expect(classifySource(rev(3, 'a'), rev(1, 'a'))).toBe('same');
    expect(classifySource(rev(1, 'a'), rev(2, 'b', [[2, 'b'], [1, 'a']]))).toBe('newer');
    expect(classifySource(rev(2, 'b', [[2, 'b'], [1, 'a']]), rev(1, 'a'))).toBe('older');
    expect(classifySource(rev(1, 'a'), rev(1, 'b'))).toBe('collision');
    // Both moved on from revision 1: not one history.
    expect(classifySource(rev(2, 'b', [[2, 'b'], [1, 'a']]), rev(2, 'c', [[2, 'c'], [1, 'a']]))).toBe('collision');
    // A later local revision that never passed through the shared content.
    expect(classifySource(rev(1, 'x'), rev(2, 'b', [[2, 'b'], [1, 'a']]))).toBe('collision');
  });
});

const test = useTestBackend();
const noteFile = (dir: string, id: string) => path.join(dir, 'notes', `${id}.note.json`);
const LOCAL = DEFAULT_DEVELOPMENTS[0];

/** A note citing a library entry (summary) and a source this library lacks. */
async function noteCiting(backend: Backend) {
  const note = await backend.handlers['notes.create']({ templateId: 'decision-note' });
  const local = await backend.handlers['library.get']({ id: LOCAL.id });
  const body = editorState([
    paragraphNode([
      textNode('As reported, '),
      snippetNode({ id: 'cites-local', developmentId: local.id, text: local.summary, title: local.title, sourceRevision: local.revision }),
      textNode(' and '),
      snippetNode({ id: 'cites-elsewhere', developmentId: 'not-in-this-library', text: 'Something elsewhere.' }),
    ]),
  ]);
  await backend.handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'Shared brief' }, body, baseRevision: note.revision });
  return note.id;
}

async function share(backend: Backend, noteId: string): Promise<SharedNote> {
  const { outcome, sources } = await backend.handlers['notes.share']({ noteId });
  if (outcome.delivery !== 'download') throw new Error('expected a download');
  expect(outcome.fileName).toBe('shared-brief.brieflink-note.json');
  const file = sharedNoteSchema.parse(JSON.parse(Buffer.from(outcome.dataBase64, 'base64').toString('utf8')));
  expect(file.sources).toHaveLength(sources);
  return file;
}

const upload = (file: unknown, fileName = 'shared.brieflink-note.json') => ({
  fileName,
  dataBase64: Buffer.from(typeof file === 'string' ? file : JSON.stringify(file)).toString('base64'),
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('sharing a note', () => {
  let colleagueDir = '';
  let colleague: Backend;
  beforeEach(() => {
    colleagueDir = makeTempDir();
    colleague = startTestBackend(colleagueDir);
  });
  afterEach(async () => {
    await colleague.close();
    removeTempDir(colleagueDir);
  });

  it('writes the note as saved and each cited library entry with its history', async () => {
    const noteId = await noteCiting(test.backend);
    const file = await share(test.backend, noteId);
    expect(file).toMatchObject({ format: SHARED_NOTE_FORMAT, version: SHARED_NOTE_VERSION });
    expect(file.note).toEqual(await test.backend.handlers['notes.open']({ id: noteId }));
    expect(file.sources.map((s) => s.development.id)).toEqual([LOCAL.id]);
    expect(file.sources[0].history).toEqual([{ revision: 1, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('merges a copy of a note that is here into it, never adding a second one; reports same / newer / missing sources', async () => {
    const noteId = await noteCiting(test.backend);
    const file = await share(test.backend, noteId);

    const same = await test.backend.handlers['notes.importShared'](upload(file));
    expect(same).toMatchObject({ renamed: false, note: { id: noteId }, merged: 'It adds nothing the note does not have: no new comments, suggestions or clearances.' });
    expect(same.sources).toEqual([{ developmentId: LOCAL.id, title: LOCAL.title, match: 'same', local: { title: LOCAL.title, revision: 1 } }]);
    expect((await test.backend.handlers['notes.list']({})).filter((note) => note.title === 'Shared brief')).toHaveLength(1);
    const original = await test.backend.handlers['notes.open']({ id: noteId });
    expect(original.revision).toBe(1);

    // The colleague has no note with that id: the id is kept.
    const fresh = await colleague.handlers['notes.importShared'](upload(file));
    expect(fresh).toMatchObject({ renamed: false, note: { id: noteId, title: 'Shared brief' } });
    expect((await colleague.handlers['notes.open']({ id: noteId })).body).toEqual(original.body);

    // The colleague's entry moved on from the shared revision: nothing to do.
    const theirs = await colleague.handlers['library.get']({ id: LOCAL.id });
    await colleague.handlers['library.update']({ id: LOCAL.id, fields: developmentFieldsSchema.parse({ ...theirs, title: 'Later title' }), revision: 1 });
    expect((await colleague.handlers['notes.importShared'](upload(file))).sources[0]).toMatchObject({ match: 'newer', local: { revision: 2 } });

    await colleague.handlers['library.trash']({ id: LOCAL.id });
    const otherFile = { ...file, sources: [{ ...file.sources[0], development: { ...file.sources[0].development, id: 'only-in-the-file' } }] };
    const missing = await colleague.handlers['notes.importShared'](upload(otherFile));
    expect(missing.sources[0]).toMatchObject({ match: 'missing', local: null, entry: { development: { id: 'only-in-the-file' } } });
  });

  it('reports a shared source that is a later revision of the local entry as older here', async () => {
    const noteId = await noteCiting(test.backend);
    const mine = await test.backend.handlers['library.get']({ id: LOCAL.id });
    await test.backend.handlers['library.update']({ id: LOCAL.id, fields: developmentFieldsSchema.parse({ ...mine, title: 'Edited here' }), revision: 1 });
    const file = await share(test.backend, noteId);
    const imported = await colleague.handlers['notes.importShared'](upload(file));
    expect(imported.sources[0]).toMatchObject({ match: 'older', local: { revision: 1 }, entry: { development: { title: 'Edited here', revision: 2 } } });
    expect((await colleague.handlers['library.get']({ id: LOCAL.id })).title).toBe(LOCAL.title);
  });

  it('keeps a colliding source in the note, never overwrites the library entry, and settles it by keeping both', async () => {
    const noteId = await noteCiting(test.backend);
    const mine = await test.backend.handlers['library.get']({ id: LOCAL.id });
    await test.backend.handlers['library.update']({ id: LOCAL.id, fields: developmentFieldsSchema.parse({ ...mine, summary: 'My summary.' }), revision: 1 });
    const file = await share(test.backend, noteId);
    // The colleague edited the same entry their own way.
    const theirs = await colleague.handlers['library.get']({ id: LOCAL.id });
    const theirEdit = await colleague.handlers['library.update']({ id: LOCAL.id, fields: developmentFieldsSchema.parse({ ...theirs, summary: 'Their summary.' }), revision: 1 });

    const imported = await colleague.handlers['notes.importShared'](upload(file));
    expect(imported.sources[0]).toMatchObject({ match: 'collision', local: { revision: 2 } });
    expect(imported.sources[0].entry).toBeUndefined();
    expect(await colleague.handlers['library.get']({ id: LOCAL.id })).toEqual(theirEdit);
    const note = await colleague.handlers['notes.open']({ id: imported.note.id });
    expect(note.body).toEqual(file.note.body);
    expect(note.sharedSources?.map((s) => s.development.summary)).toEqual(['My summary.']);
    const onDisk = JSON.parse(fs.readFileSync(noteFile(colleagueDir, note.id), 'utf8'));
    expect(onDisk.formatVersion).toBe(2);

    const settled = await colleague.handlers['notes.resolveSharedSource']({ noteId: note.id, developmentId: LOCAL.id, resolution: 'keep both' });
    expect(settled.developmentId).not.toBe(LOCAL.id);
    const added = await colleague.handlers['library.get']({ id: settled.developmentId });
    expect(added).toMatchObject({ summary: 'My summary.', revision: 1 });
    expect(await colleague.handlers['library.get']({ id: LOCAL.id })).toEqual(theirEdit);
    const relinked = await colleague.handlers['notes.open']({ id: note.id });
    const snippets = findSnippets(relinked.body.root.children);
    expect(snippets.map((s) => s.data?.source.developmentId)).toEqual([settled.developmentId, 'not-in-this-library']);
    expect(snippets.map((s) => s.text)).toEqual(findSnippets(note.body.root.children).map((s) => s.text));
    expect(relinked.sharedSources).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(noteFile(colleagueDir, note.id), 'utf8')).formatVersion).toBe(1);
  });

  it('settles a colliding source by keeping the library entry: the note then follows it', async () => {
    const noteId = await noteCiting(test.backend);
    const file = await share(test.backend, noteId);
    file.sources[0].development.summary = 'A different summary, same revision.';
    const imported = await colleague.handlers['notes.importShared'](upload(file));
    expect(imported.sources[0].match).toBe('collision');
    await colleague.handlers['notes.resolveSharedSource']({ noteId: imported.note.id, developmentId: LOCAL.id, resolution: 'keep library entry' });
    const note = await colleague.handlers['notes.open']({ id: imported.note.id });
    expect(note.sharedSources).toBeUndefined();
    expect(findSnippets(note.body.root.children)[0].data?.source.developmentId).toBe(LOCAL.id);
    const again = await refusal(colleague.handlers['notes.resolveSharedSource']({ noteId: note.id, developmentId: LOCAL.id, resolution: 'keep both' }));
    expect(again.message).toContain('no longer keeps its own version');
  });

  it('refuses damaged, foreign and newer files with specific messages and imports nothing', async () => {
    const noteId = await noteCiting(test.backend);
    const file = await share(test.backend, noteId);
    const before = (await test.backend.handlers['notes.list']({})).length;

    const damaged = await refusal(test.backend.handlers['notes.importShared'](upload('{"format":"brieflink-shared-note","ver', 'broken.json')));
    expect(damaged.message).toBe('broken.json: this shared note is damaged (it is not valid JSON). Nothing was imported.');
    const foreign = await refusal(test.backend.handlers['notes.importShared'](upload({ hello: 1 }, 'other.json')));
    expect(foreign.message).toBe('other.json: this is not a Brieflink shared note. Nothing was imported.');
    const newer = await refusal(test.backend.handlers['notes.importShared'](upload({ ...file, version: 9 }, 'future.json')));
    expect(newer.code).toBe('BUNDLE_FROM_NEWER_VERSION');
    expect(newer.message).toContain('future.json: this shared note was made by a newer version of Brieflink (shared note format 9');
    const newerNote = await refusal(test.backend.handlers['notes.importShared'](upload({ ...file, note: { ...file.note, formatVersion: NOTE_FORMAT_VERSION + 1 } }, 'n.json')));
    expect(newerNote.message).toContain('the note in this file was written by a newer version of Brieflink');
    const broken = await refusal(test.backend.handlers['notes.importShared'](upload({ ...file, sources: [{ development: {} }] }, 'b.json')));
    expect(broken.message).toMatch(/^b\.json: this shared note is damaged \(sources\.0\./);
    const empty = await refusal(test.backend.handlers['notes.importShared'](upload('', 'empty.json')));
    expect(empty.message).toContain('this file is empty');

    expect((await test.backend.handlers['notes.list']({})).length).toBe(before);
  });

  it('writes a note without shared sources as format 1, which older versions read', async () => {
    const noteId = await noteCiting(test.backend);
    const onDisk = JSON.parse(fs.readFileSync(noteFile(test.dir, noteId), 'utf8'));
    expect(onDisk.formatVersion).toBe(1);
    expect(onDisk).not.toHaveProperty('sharedSources');
    expect((await test.backend.handlers['notes.open']({ id: noteId })).formatVersion).toBe(1);
  });
});
