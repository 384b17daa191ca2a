import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, plainText, textNode } from '../../../../../common/editorState';
import { lockFileOf } from '../../../../../electron/services/fileLock';
import { createNoteService, type NoteService } from '../../../../../electron/services/notes/noteService';
import { createTemplateService, type TemplateService } from '../../../../../electron/services/templates';
import { createUserTemplateStore } from '../../../../../electron/services/userTemplates';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { steppingClock, thrownBy } from '../../../../support/serviceHelpers';

const bodyWith = (...paragraphs: string[]) => editorState([headingNode('h2', 'Summary'), ...paragraphs.map((text) => paragraphNode([textNode(text)]))]);
const textOf = (notes: NoteService, id: string) => plainText(notes.open(id).body.root);

/** Runs tests/support/appendLoop.ts in a process of its own and gives what it printed. */
function appendLoop(dataDir: string, noteId: string, label: string, count: number): { child: ChildProcess; done: Promise<{ acknowledged: string[]; refused: number }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'support', 'appendLoop.ts'), dataDir, noteId, label, String(count)], {
    cwd: path.resolve(__dirname, '..', '..', '..', '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const done = new Promise<{ acknowledged: string[]; refused: number }>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`append loop ${label} failed (${code}): ${err}`)))),
  );
  return { child, done };
}

describe('saves made on an older revision', () => {
  let root: string;
  let workspace: Workspace;
  let notes: NoteService;
  let templates: TemplateService;

  beforeEach(() => {
    root = makeTempDir('brieflink-concurrency-');
    workspace = openWorkspace(root);
    notes = createNoteService(workspace, steppingClock());
    templates = createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir);
  });
  afterEach(() => removeTempDir(root));

  it('refuses the second of two windows saving on the same revision, keeping the first one’s paragraph', () => {
    const note = notes.create(templates.get('decision-note'), {});
    // Window A and window B both opened revision 0.
    expect(notes.save(note.id, note.metadata, bodyWith('A’s paragraph'), note.revision).revision).toBe(1);
    const refused = thrownBy(() => notes.save(note.id, note.metadata, bodyWith('B’s paragraph'), note.revision));
    expect(refused.code).toBe('REVISION_CONFLICT');
    expect(refused.message).toContain('revision 1');
    expect(refused.message).toContain('Nothing was overwritten');
    expect(textOf(notes, note.id)).toContain('A’s paragraph');
    expect(notes.open(note.id).revision).toBe(1);
    // B, having seen revision 1, saves on top of it.
    expect(notes.save(note.id, note.metadata, bodyWith('A’s paragraph', 'B’s paragraph'), 1).revision).toBe(2);
  });

  it('a rename followed by a save made before it is refused, so the rename stays', () => {
    const note = notes.create(templates.get('decision-note'), {});
    notes.rename(note.id, 'Renamed elsewhere', note.revision);
    expect(thrownBy(() => notes.save(note.id, { ...note.metadata, subject: 'Old title' }, bodyWith('stale'), note.revision)).code).toBe('REVISION_CONFLICT');
    expect(notes.open(note.id).metadata.subject).toBe('Renamed elsewhere');
  });

  it('refuses a rename made on an older revision, and metadata changes ride on the save’s check', () => {
    const note = notes.create(templates.get('decision-note'), {});
    notes.save(note.id, { ...note.metadata, subject: 'Set in window A', to: 'Director' }, note.body, note.revision);
    expect(thrownBy(() => notes.rename(note.id, 'From the list of window B', note.revision)).code).toBe('REVISION_CONFLICT');
    expect(thrownBy(() => notes.save(note.id, { ...note.metadata, to: 'Minister' }, note.body, note.revision)).code).toBe('REVISION_CONFLICT');
    expect(notes.open(note.id).metadata).toMatchObject({ subject: 'Set in window A', to: 'Director' });
  });

  it('refuses a user template saved on an older version, naming both versions', () => {
    const store = createUserTemplateStore(workspace, templates);
    const { id } = store.duplicate('decision-note');
    const opened = templates.get(id);
    store.update({ ...opened, name: 'Saved in window A' });
    const refused = thrownBy(() => store.update({ ...opened, name: 'Saved in window B' }));
    expect(refused.code).toBe('REVISION_CONFLICT');
    expect(refused.message).toContain('version 2');
    expect(templates.get(id)).toMatchObject({ name: 'Saved in window A', version: 2 });
  });

  it('writes under a lock file it removes afterwards, and waits out a lock another live process holds', async () => {
    const note = notes.create(templates.get('decision-note'), {});
    const lock = lockFileOf(notes.fileOf(note.id));
    notes.save(note.id, note.metadata, bodyWith('one'), 0);
    expect(fs.existsSync(lock)).toBe(false);

    // Another process holds the lock and never lets go: the save gives up with NOTE_BUSY and writes nothing.
    const holder = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(lock, `${holder.pid} other-process`);
      expect(thrownBy(() => notes.save(note.id, note.metadata, bodyWith('two'), 1)).code).toBe('NOTE_BUSY');
      expect(textOf(notes, note.id)).toContain('one');
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.on('close', resolve));
    }
    // That process is gone (as if killed while writing): its lock is recognised as left behind.
    notes.save(note.id, note.metadata, bodyWith('two'), 1);
    expect(textOf(notes, note.id)).toContain('two');
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('two processes appending to one note at once lose no acknowledged paragraph', async () => {
    const note = notes.create(templates.get('decision-note'), {});
    const count = 40;
    const [first, second] = [appendLoop(root, note.id, 'first', count), appendLoop(root, note.id, 'second', count)];
    const results = await Promise.all([first.done, second.done]);
    const saved = notes.open(note.id);
    const paragraphs = saved.body.root.children.map(plainText);
    for (const { acknowledged } of results) {
      expect(acknowledged).toHaveLength(count);
      for (const text of acknowledged) expect(paragraphs).toContain(text);
    }
    // Every acknowledged save is one revision: none was written over another.
    expect(saved.revision).toBe(2 * count);
    console.log(`two processes: ${2 * count} saves acknowledged, ${results[0].refused + results[1].refused} refused as stale and retried`);
  }, 120_000);
});

describe('resolving a conflict through the handlers', () => {
  let root: string;
  beforeEach(() => (root = makeTempDir('brieflink-conflict-')));
  afterEach(() => removeTempDir(root));

  it('“keep both” gives the copy this window’s comments, status and language, and leaves theirs on the note', async () => {
    const { handlers } = startTestBackend(root);
    const note = await handlers['notes.create']({ templateId: 'decision-note' });
    const author = { name: 'Ada Analyst', initials: 'AA', office: 'Legal Services' };
    const thread = (id: string, text: string) => ({ id, author, createdAt: '2026-12-01T10:00:00.000Z', text, resolved: false, replies: [] });
    await handlers['notes.save']({ id: note.id, metadata: note.metadata, body: bodyWith('Their paragraph'), baseRevision: 0, comments: [thread('theirs', 'Their comment')] });
    const mine = { id: note.id, metadata: { ...note.metadata, subject: 'Mine' }, body: bodyWith('My paragraph') };
    const copy = await handlers['notes.saveAsCopy']({ ...mine, comments: [thread('mine', 'My comment')], status: 'in-review', language: 'fr-CA' });
    const opened = await handlers['notes.open']({ id: copy.id });
    expect(opened.comments?.map((comment) => comment.text)).toEqual(['My comment']);
    expect(opened.status).toBe('in-review');
    expect(opened.language).toBe('fr-CA');
    expect((await handlers['notes.open']({ id: note.id })).comments?.map((comment) => comment.text)).toEqual(['Their comment']);
    // Without them, the copy keeps the note's own, as before.
    const plain = await handlers['notes.open']({ id: (await handlers['notes.saveAsCopy'](mine)).id });
    expect(plain.comments?.map((comment) => comment.text)).toEqual(['Their comment']);
  });

  it('“keep mine” saves on top of theirs and keeps theirs in History; “keep both” adds mine as a copy', async () => {
    const { handlers } = startTestBackend(root);
    const note = await handlers['notes.create']({ templateId: 'decision-note' });
    await handlers['notes.save']({ id: note.id, metadata: note.metadata, body: bodyWith('Their paragraph'), baseRevision: 0 });
    const mine = { id: note.id, metadata: { ...note.metadata, subject: 'Mine' }, body: bodyWith('My paragraph') };
    await expect(handlers['notes.save']({ ...mine, baseRevision: 0 })).rejects.toMatchObject({ code: 'REVISION_CONFLICT' });

    const copy = await handlers['notes.saveAsCopy'](mine);
    expect(copy.title).toBe('Mine (copy)');
    expect(plainText((await handlers['notes.open']({ id: copy.id })).body.root)).toContain('My paragraph');
    expect(plainText((await handlers['notes.open']({ id: note.id })).body.root)).toContain('Their paragraph');

    expect((await handlers['notes.save']({ ...mine, baseRevision: 1, keepMine: true })).revision).toBe(2);
    expect(plainText((await handlers['notes.open']({ id: note.id })).body.root)).toContain('My paragraph');
    const [kept] = await handlers['notes.history.list']({ noteId: note.id });
    expect(kept.reason).toBe('before-keep-mine');
    expect((await handlers['notes.history.preview']({ noteId: note.id, snapshotId: kept.id })).text).toContain('Their paragraph');
  });
});
