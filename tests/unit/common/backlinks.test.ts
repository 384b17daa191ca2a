import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../../common/editorState';
import { useTestBackend } from '../../support/testBackend';
import { makeNote } from '../../support/noteFiles';
import { snippetNode } from '../../support/snippetNodes';

const test = useTestBackend();

const cites = (...ids: string[]): SerializedNode[] => [
  paragraphNode([textNode('Intro '), ...ids.map((developmentId, n) => snippetNode({ id: `s-${developmentId}-${n}`, developmentId, text: `on ${developmentId}` }))]),
];

async function noteCiting(subject: string, ...ids: string[]): Promise<string> {
  const note = await test.backend.handlers['notes.create']({ templateId: 'decision-note' });
  await test.backend.handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject }, body: editorState(cites(...ids)), baseRevision: note.revision });
  return note.id;
}

const titles = async (developmentId: string) => (await test.backend.handlers['library.backlinks']({ developmentId })).map((link) => link.title);

describe('library.backlinks', () => {
  it('lists the notes citing a development, most recent first, with the first citing snippet', async () => {
    const first = await noteCiting('First note', 'alpha', 'beta', 'alpha');
    await noteCiting('Second note', 'beta');
    expect(await titles('beta')).toEqual(['Second note', 'First note']);
    const [link] = await test.backend.handlers['library.backlinks']({ developmentId: 'alpha' });
    expect(link).toMatchObject({ noteId: first, title: 'First note', snippetId: 's-alpha-0', position: 0 });
    expect(await titles('nobody-cites-this')).toEqual([]);
  });

  it('follows saves, renames, trash, restore from the trash, history restore and duplicates', async () => {
    const id = await noteCiting('Note', 'alpha');
    const note = await test.backend.handlers['notes.open']({ id });
    // A save that drops the citation and cites another source instead.
    await test.backend.handlers['notes.save']({ id, metadata: note.metadata, body: editorState(cites('beta')), baseRevision: note.revision });
    expect(await titles('alpha')).toEqual([]);
    expect(await titles('beta')).toEqual(['Note']);

    await test.backend.handlers['notes.rename']({ id, title: 'Renamed', baseRevision: note.revision + 1 });
    expect(await titles('beta')).toEqual(['Renamed']);

    const copy = await test.backend.handlers['notes.duplicate']({ id });
    expect((await test.backend.handlers['library.backlinks']({ developmentId: 'beta' })).map((link) => link.noteId).sort()).toEqual([id, copy.id].sort());

    await test.backend.handlers['notes.delete']({ id: copy.id });
    expect(await titles('beta')).toEqual(['Renamed']);
    const [trashed] = await test.backend.handlers['notes.trash.list']({});
    await test.backend.handlers['notes.trash.restore']({ trashId: trashed.trashId });
    expect(await titles('beta')).toHaveLength(2);

    // History: the snapshot taken on the first save cites alpha; restoring it brings that back.
    const [snapshot] = (await test.backend.handlers['notes.history.list']({ noteId: id })).slice(-1);
    await test.backend.handlers['notes.history.restore']({ noteId: id, snapshotId: snapshot.id });
    expect(await titles('alpha')).toEqual(['Note']);
    expect(await titles('beta')).toEqual(['Renamed (copy)']);
  });

  it('is rebuilt from the note files at start-up when empty or stale', async () => {
    const kept = await noteCiting('Kept', 'alpha');
    const removed = await noteCiting('Removed', 'alpha');
    await test.stop();

    // While the app was closed: one note removed, one added by hand, one changed on disk.
    fs.rmSync(path.join(test.dir, 'notes', `${removed}.note.json`));
    const added = makeNote({ id: 'added-by-hand', subject: 'Added', updatedAt: '2026-02-01T09:00:00.000Z' });
    fs.writeFileSync(path.join(test.dir, 'notes', 'added-by-hand.note.json'), JSON.stringify({ ...added, body: editorState(cites('alpha')) }));
    const keptFile = path.join(test.dir, 'notes', `${kept}.note.json`);
    const keptNote = JSON.parse(fs.readFileSync(keptFile, 'utf8'));
    fs.writeFileSync(keptFile, JSON.stringify({ ...keptNote, body: editorState(cites('gamma')), updatedAt: '2026-03-01T09:00:00.000Z' }));

    await test.restart();
    expect(await titles('alpha')).toEqual(['Added']);
    expect(await titles('gamma')).toEqual(['Kept']);

    // An emptied index is filled again.
    await test.stop();
    const db = new Database(path.join(test.dir, 'library.db'));
    db.exec('DELETE FROM note_citations; DELETE FROM note_index;');
    db.close();
    await test.restart();
    expect(await titles('alpha')).toEqual(['Added']);
    expect(await titles('gamma')).toEqual(['Kept']);
  });
});
