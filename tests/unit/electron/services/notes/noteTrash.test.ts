import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../common/result';
import { createNoteService, type NoteService } from '../../../../../electron/services/notes/noteService';
import { createTemplateService } from '../../../../../electron/services/templates';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir } from '../../../../support/backendFixture';
import { steppingClock } from '../../../../support/serviceHelpers';

describe('the trash', () => {
  let root: string;
  let workspace: Workspace;
  let notes: NoteService;
  const template = () => createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir).get('decision-note');

  beforeEach(() => {
    root = makeTempDir('brieflink-trash-');
    workspace = openWorkspace(root);
    notes = createNoteService(workspace, steppingClock());
  });
  afterEach(() => removeTempDir(root));

  it('lists trashed notes, newest first, with their titles and when they were trashed', () => {
    const a = notes.create(template(), {}); // 09:00
    notes.rename(a.id, 'First', a.revision); // 09:01
    const b = notes.create(template(), {}); // 09:02
    notes.rename(b.id, 'Second', b.revision); // 09:03
    notes.remove(a.id); // 09:04
    notes.remove(b.id); // 09:05

    const listed = notes.trashed();
    expect(listed.map(({ noteId, title, trashedAt }) => ({ noteId, title, trashedAt }))).toEqual([
      { noteId: b.id, title: 'Second', trashedAt: '2026-03-01T09:05:00.000Z' },
      { noteId: a.id, title: 'First', trashedAt: '2026-03-01T09:04:00.000Z' },
    ]);
    expect(listed[0].trashId).toBe(`${b.id}.2026-03-01T09-05-00-000Z`);
  });

  it('restores a trashed note byte for byte under its own id', () => {
    const note = notes.create(template(), {});
    notes.rename(note.id, 'Keep me', note.revision);
    const bytes = fs.readFileSync(notes.fileOf(note.id));
    notes.remove(note.id);

    const [entry] = notes.trashed();
    expect(notes.restoreFromTrash(entry.trashId)).toEqual({ noteId: note.id });
    expect(fs.readFileSync(notes.fileOf(note.id)).equals(bytes)).toBe(true);
    expect(notes.trashed()).toEqual([]);
    expect(notes.list().map((summary) => summary.title)).toEqual(['Keep me']);
  });

  it('restores a second trashed copy of a note that is back already under a new id', () => {
    const note = notes.create(template(), {});
    notes.remove(note.id);
    fs.copyFileSync(path.join(workspace.trashDir, fs.readdirSync(workspace.trashDir)[0]), notes.fileOf(note.id));
    notes.remove(note.id);
    const [newer, older] = notes.trashed();
    expect(notes.restoreFromTrash(newer.trashId)).toEqual({ noteId: note.id });
    const { noteId } = notes.restoreFromTrash(older.trashId);
    expect(noteId).not.toBe(note.id);
    expect(notes.open(noteId).id).toBe(noteId);
    expect(notes.list()).toHaveLength(2);
  });

  it('lists a damaged trashed file as unreadable and restores it untouched', () => {
    fs.writeFileSync(path.join(workspace.trashDir, 'broken.2026-03-01T09-00-00-000Z.note.json'), '{"nope');
    const [entry] = notes.trashed();
    expect(entry).toMatchObject({ noteId: 'broken', title: 'Unreadable note' });
    expect(entry.problem).toMatch(/^Could not read this note/);
    notes.restoreFromTrash(entry.trashId);
    expect(fs.readFileSync(notes.fileOf('broken'), 'utf8')).toBe('{"nope');
  });

  it('says so when the trashed note is gone', () => {
    expect(() => notes.restoreFromTrash('gone.2026-03-01T09-00-00-000Z')).toThrow(AppError);
  });
});
