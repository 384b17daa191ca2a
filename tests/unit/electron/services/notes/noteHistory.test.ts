import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../../common/editorState';
import { SNAPSHOTS_KEPT_PER_NOTE } from '../../../../../common/noteHistory';
import type { ErrorCode } from '../../../../../common/result';
import { createNoteService, type NoteService } from '../../../../../electron/services/notes/noteService';
import { createNoteHistory, type NoteHistory } from '../../../../../electron/services/notes/history';
import { readNewerNote } from '../../../../../electron/services/notes/readOnly';
import { createSnapshotStore, snapshotsDirOf, type SnapshotStore } from '../../../../../electron/services/notes/snapshots';
import { createTemplateService } from '../../../../../electron/services/templates';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { thrownBy } from '../../../../support/serviceHelpers';

/** A clock the test moves by hand. */
function manualClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  const clock = () => new Date(t);
  clock.advance = (minutes: number) => {
    t += minutes * 60_000;
  };
  return clock;
}

const codeOf = (fn: () => unknown): ErrorCode => thrownBy(fn).code;

const bodyWith = (text: string) => editorState([headingNode('h2', 'Summary'), paragraphNode([textNode(text)])]);

describe('snapshots and history', () => {
  let root: string;
  let workspace: Workspace;
  let clock: ReturnType<typeof manualClock>;
  let notes: NoteService;
  let snapshots: SnapshotStore;
  let history: NoteHistory;

  beforeEach(() => {
    root = makeTempDir('brieflink-history-');
    workspace = openWorkspace(root);
    clock = manualClock();
    notes = createNoteService(workspace, clock);
    snapshots = createSnapshotStore(workspace, clock);
    history = createNoteHistory(notes, snapshots, clock);
  });
  afterEach(() => removeTempDir(root));

  const newNote = (subject: string, text: string) => {
    const note = notes.create(createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir).get('decision-note'), {});
    notes.save(note.id, { ...note.metadata, subject }, bodyWith(text), note.revision);
    return notes.open(note.id);
  };

  it('writes a snapshot as a whole note file under snapshots/<note id>/ and lists it with its time and reason', () => {
    const note = newNote('Pilot', 'First draft');
    const taken = snapshots.take(note, 'export');
    expect(taken).toEqual({ id: '2026-03-01T09-00-00-000Z--export', takenAt: '2026-03-01T09:00:00.000Z', reason: 'export' });
    const file = path.join(snapshotsDirOf(workspace), note.id, `${taken.id}.note.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(note);
    expect(snapshots.list(note.id)).toEqual([taken]);
    expect(snapshots.list('another-note')).toEqual([]);
  });

  it('gives two snapshots in the same millisecond distinct ids, newest listed first', () => {
    const note = newNote('Pilot', 'x');
    const first = snapshots.take(note, 'autosave');
    const second = snapshots.take(note, 'export');
    expect(second.id).toBe('2026-03-01T09-00-00-000Z-001--export');
    expect(snapshots.list(note.id).map((s) => s.id)).toEqual([second.id, first.id]);
  });

  it('takes an autosave snapshot only when the newest is older than five minutes', () => {
    const note = newNote('Pilot', 'x');
    let loads = 0;
    const load = () => {
      loads += 1;
      return note;
    };
    expect(snapshots.takeIfDue(note.id, load)?.reason).toBe('autosave');
    clock.advance(4);
    expect(snapshots.takeIfDue(note.id, load)).toBeNull();
    expect(loads).toBe(1);
    clock.advance(2);
    expect(snapshots.takeIfDue(note.id, load)?.takenAt).toBe('2026-03-01T09:06:00.000Z');
    expect(snapshots.list(note.id)).toHaveLength(2);
  });

  it(`keeps only the newest ${SNAPSHOTS_KEPT_PER_NOTE} snapshots of a note`, () => {
    const note = newNote('Pilot', 'x');
    for (let i = 0; i < SNAPSHOTS_KEPT_PER_NOTE + 5; i += 1) {
      snapshots.take(note, 'autosave');
      clock.advance(1);
    }
    const listed = snapshots.list(note.id);
    expect(listed).toHaveLength(SNAPSHOTS_KEPT_PER_NOTE);
    expect(listed.at(-1)?.takenAt).toBe('2026-03-01T09:05:00.000Z');
    expect(fs.readdirSync(path.join(snapshotsDirOf(workspace), note.id))).toHaveLength(SNAPSHOTS_KEPT_PER_NOTE);
  });

  it('previews a snapshot as its title, labelled metadata and the plain text of its body', () => {
    const note = newNote('Pilot funding', 'Approve the pilot.');
    const { id } = snapshots.take(note, 'export');
    const preview = snapshots.preview(note.id, id);
    expect(preview.title).toBe('Pilot funding');
    expect(preview.metadata).toContainEqual({ label: 'Subject', value: 'Pilot funding' });
    expect(preview.text).toBe('Summary\nApprove the pilot.');
    expect(codeOf(() => snapshots.preview(note.id, '2026-01-01T00-00-00-000Z--export'))).toBe('NOT_FOUND');
  });

  it('restores a snapshot after snapshotting the current state, keeping the note id and bumping the revision', () => {
    const note = newNote('Old title', 'Old text');
    const old = snapshots.take(note, 'export');
    clock.advance(10);
    notes.save(note.id, { ...note.metadata, subject: 'New title' }, bodyWith('New text'), note.revision);
    const revisionBefore = notes.open(note.id).revision;
    clock.advance(1);

    const restored = history.restore(note.id, old.id);
    expect(restored.metadata.subject).toBe('Old title');
    expect(restored.body).toEqual(bodyWith('Old text'));
    expect(restored.revision).toBe(revisionBefore + 1);
    expect(notes.open(note.id)).toEqual(restored);

    const [newest] = snapshots.list(note.id);
    expect(newest.reason).toBe('before-restore');
    expect(snapshots.preview(note.id, newest.id).text).toContain('New text');
  });

  it('recovers a damaged note from its newest readable snapshot, moving the damaged file to backups', () => {
    const note = newNote('Pilot', 'Saved text');
    snapshots.take(note, 'autosave');
    clock.advance(1);
    fs.writeFileSync(path.join(snapshotsDirOf(workspace), note.id, '2026-03-01T09-01-00-000Z--export.note.json'), '{"damaged');
    fs.writeFileSync(notes.fileOf(note.id), '{"format":"brieflink-note","formatVersion":1,"id":"x');

    const recovered = history.recover(note.id);
    expect(recovered.body).toEqual(bodyWith('Saved text'));
    expect(notes.open(note.id)).toEqual(recovered);
    const backups = fs.readdirSync(workspace.backupsDir);
    expect(backups).toEqual([`${note.id}.2026-03-01T09-01-00-000Z.damaged.note.json`]);
    expect(fs.readFileSync(path.join(workspace.backupsDir, backups[0]), 'utf8')).toBe('{"format":"brieflink-note","formatVersion":1,"id":"x');
  });

  it('refuses to recover a readable note, a note without snapshots, and a note from a newer version', () => {
    const note = newNote('Pilot', 'x');
    expect(codeOf(() => history.recover(note.id))).toBe('BAD_ARGUMENTS');
    fs.writeFileSync(notes.fileOf(note.id), 'garbage');
    expect(codeOf(() => history.recover(note.id))).toBe('NOT_FOUND');
    expect(fs.readFileSync(notes.fileOf(note.id), 'utf8')).toBe('garbage');

    const newer = JSON.stringify({ format: 'brieflink-note', formatVersion: 9, id: note.id });
    fs.writeFileSync(notes.fileOf(note.id), newer);
    snapshots.take(newNote('Other', 'y'), 'export');
    expect(codeOf(() => history.recover(note.id))).toBe('NOTE_FROM_NEWER_VERSION');
    expect(fs.readFileSync(notes.fileOf(note.id), 'utf8')).toBe(newer);
    expect(fs.readdirSync(workspace.backupsDir)).toEqual([]);
  });
});

describe('readNewerNote', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempDir('brieflink-newer-');
  });
  afterEach(() => removeTempDir(root));

  it('shows the subject and body text of a newer note and never writes the file', () => {
    const file = path.join(root, 'n.note.json');
    const text = JSON.stringify({
      format: 'brieflink-note',
      formatVersion: 9,
      metadata: { subject: 'From the future' },
      body: bodyWith('Still plain text'),
      futureField: { x: 1 },
    });
    fs.writeFileSync(file, text);
    const before = fs.statSync(file).mtimeMs;
    expect(readNewerNote(file)).toEqual({ formatVersion: 9, subject: 'From the future', text: 'Summary\nStill plain text' });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('shows what it can when the body has a shape it does not understand', () => {
    const file = path.join(root, 'n.note.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'brieflink-note', formatVersion: 9, body: { blocks: [] } }));
    expect(readNewerNote(file)).toEqual({ formatVersion: 9, subject: null, text: null });
  });

  it('refuses a note of the current version', () => {
    const file = path.join(root, 'n.note.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'brieflink-note', formatVersion: 1 }));
    expect(codeOf(() => readNewerNote(file))).toBe('NOT_FOUND');
  });
});

describe('snapshots through the handlers', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempDir('brieflink-history-handlers-');
  });
  afterEach(() => removeTempDir(root));

  it('takes a snapshot on each export and on the first save, and restores one', async () => {
    const backend = startTestBackend(root);
    const { handlers } = backend;
    const note = await handlers['notes.create']({ templateId: 'decision-note' });
    await handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'First' }, body: bodyWith('one'), baseRevision: 0 });
    expect((await handlers['notes.history.list']({ noteId: note.id })).map((s) => s.reason)).toEqual(['autosave']);
    // A second save within five minutes takes none.
    await handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'Second' }, body: bodyWith('two'), baseRevision: 1 });
    expect(await handlers['notes.history.list']({ noteId: note.id })).toHaveLength(1);

    await handlers['export.pdf']({ noteId: note.id, draft: false });
    const listed = await handlers['notes.history.list']({ noteId: note.id });
    expect(listed.map((s) => s.reason)).toEqual(['export', 'autosave']);
    expect((await handlers['notes.history.preview']({ noteId: note.id, snapshotId: listed[0].id })).title).toBe('Second');

    const restored = await handlers['notes.history.restore']({ noteId: note.id, snapshotId: listed[1].id });
    expect(restored.metadata.subject).toBe('First');
    expect((await handlers['notes.history.list']({ noteId: note.id }))[0].reason).toBe('before-restore');
    await backend.close();
  });
});
