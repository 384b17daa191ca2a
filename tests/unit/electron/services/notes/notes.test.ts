import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../../common/editorState';
import { NOTE_FORMAT, type Note } from '../../../../../common/note';
import { AppError, type ErrorCode } from '../../../../../common/result';
import { templateSchema } from '../../../../../common/template';
import { createNoteService, type NoteService } from '../../../../../electron/services/notes/noteService';
import { createTemplateService, type TemplateService } from '../../../../../electron/services/templates';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir } from '../../../../support/backendFixture';
import { steppingClock, thrownBy } from '../../../../support/serviceHelpers';

function expectAppError(fn: () => unknown, code: ErrorCode): AppError {
  const error = thrownBy(fn);
  expect(error.code).toBe(code);
  return error;
}

describe('createNoteService', () => {
  let root: string;
  let workspace: Workspace;
  let templates: TemplateService;
  let notes: NoteService;

  beforeEach(() => {
    root = makeTempDir('brieflink-notes-');
    workspace = openWorkspace(root);
    templates = createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir);
    notes = createNoteService(workspace, steppingClock());
  });
  afterEach(() => removeTempDir(root));

  const noteFile = (id: string) => path.join(workspace.notesDir, `${id}.note.json`);

  it("creates a note whose body is the template's section headings as h2 nodes, in order, each followed by its starting shape", () => {
    const template = templates.get('decision-note');
    const note = notes.create(template, {});
    const children = note.body.root.children;
    const headings = children.filter((node) => node.type === 'heading');
    expect(headings.map((node) => [node.tag, node.children?.[0]?.text])).toEqual([
      ['h2', 'Summary'],
      ['h2', 'Issue'],
      ['h2', 'Background'],
      ['h2', 'Considerations'],
      ['h2', 'Recommendation'],
    ]);
    // The recommendation section ends with the template's decision block.
    expect(children.map((node) => node.type)).toEqual([
      ...['heading', 'paragraph'],
      ...['heading', 'paragraph'],
      ...['heading', 'paragraph'],
      ...['heading', 'paragraph'],
      ...['heading', 'paragraph', 'decision-block'],
    ]);
    expect(children.at(-1)).toMatchObject({ optionGroups: [['Approved', 'Not approved']], signatureLines: ['Signature', 'Date'] });
  });

  it('creates metadata for every template field, with defaults applied and classification defaulted from the template', () => {
    const template = templates.get('decision-note');
    const note = notes.create(template, { from: 'Ada Analyst', date: '2026-03-01', unrelated: 'ignored' });
    expect(note.metadata).toEqual({
      subject: '',
      to: '',
      from: 'Ada Analyst',
      date: '2026-03-01',
      reference: '',
      classification: template.defaultClassification,
    });
    expect(template.defaultClassification.length).toBeGreaterThan(0);
  });

  it('creates a note file with a fresh id, revision 0 and the template copied in', () => {
    const note = notes.create(templates.get('information-note'), {});
    expect(note.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(note).toMatchObject({ format: NOTE_FORMAT, formatVersion: 1, revision: 0 });
    expect(note.createdAt).toBe('2026-03-01T09:00:00.000Z');
    expect(note.updatedAt).toBe(note.createdAt);
    expect(note.template).toEqual(templates.get('information-note'));
    expect(JSON.parse(fs.readFileSync(noteFile(note.id), 'utf8'))).toEqual(note);
    expect(notes.create(templates.get('information-note'), {}).id).not.toBe(note.id);
  });

  it('opens a created note unchanged', () => {
    const note = notes.create(templates.get('decision-note'), { from: 'Ada' });
    expect(notes.open(note.id)).toEqual(note);
  });

  it('saves metadata and body, increments the revision, and a new service instance reads them back', () => {
    const note = notes.create(templates.get('decision-note'), {});
    const metadata = { ...note.metadata, subject: 'Funding for the pilot', to: 'Deputy Minister' };
    const body = editorState([headingNode('h2', 'Summary'), paragraphNode([textNode('Approve the pilot.')])]);

    const first = notes.save(note.id, metadata, body, 0);
    expect(first).toMatchObject({ revision: 1, updatedAt: '2026-03-01T09:01:00.000Z' });
    // The words per section of what was saved come back with it, for the editor's length panel.
    expect(first.sections.find((section) => section.heading === 'Summary')).toMatchObject({ words: 3, present: true });
    expect(first.sections.find((section) => section.heading === 'Issue')).toMatchObject({ words: 0, present: false });
    const second = notes.save(note.id, metadata, body, 1);
    expect(second.revision).toBe(2);

    const reopened = createNoteService(workspace).open(note.id);
    expect(reopened.revision).toBe(2);
    expect(reopened.metadata).toEqual(metadata);
    expect(reopened.body).toEqual(body);
    expect(reopened.createdAt).toBe(note.createdAt);
    expect(reopened.updatedAt).toBe(second.updatedAt);
    expect(fs.readdirSync(workspace.notesDir)).toEqual([`${note.id}.note.json`]);
  });

  it('keeps unknown node properties in the body across a save (newer editor nodes survive)', () => {
    const note = notes.create(templates.get('decision-note'), {});
    const body = editorState([{ ...paragraphNode([textNode('x')]), futureProperty: { nested: true } }]);
    notes.save(note.id, note.metadata, body, note.revision);
    expect(createNoteService(workspace).open(note.id).body.root.children[0]).toMatchObject({ futureProperty: { nested: true } });
  });

  it('refuses to save a note that does not exist', () => {
    expectAppError(() => notes.save('no-such-note', {}, editorState([]), 0), 'NOT_FOUND');
    expect(fs.readdirSync(workspace.notesDir)).toEqual([]);
  });

  it('lists notes most recently updated first, titled by subject or "Untitled note"', () => {
    const a = notes.create(templates.get('decision-note'), {}); // 09:00
    const b = notes.create(templates.get('information-note'), {}); // 09:01
    const c = notes.create(templates.get('decision-note'), {}); // 09:02
    notes.save(a.id, { ...a.metadata, subject: '  Pilot funding  ' }, a.body, a.revision); // 09:03
    notes.save(c.id, { ...c.metadata, subject: '   ' }, c.body, c.revision); // 09:04

    const list = notes.list();
    expect(list.map((summary) => summary.id)).toEqual([c.id, a.id, b.id]);
    expect(list).toEqual([
      { id: c.id, title: 'Untitled note', templateName: 'Decision note', revision: 1, updatedAt: '2026-03-01T09:04:00.000Z', createdAt: '2026-03-01T09:02:00.000Z', status: 'draft' },
      { id: a.id, title: 'Pilot funding', templateName: 'Decision note', revision: 1, updatedAt: '2026-03-01T09:03:00.000Z', createdAt: '2026-03-01T09:00:00.000Z', status: 'draft' },
      { id: b.id, title: 'Untitled note', templateName: 'Information note', revision: 0, updatedAt: '2026-03-01T09:01:00.000Z', createdAt: '2026-03-01T09:01:00.000Z', status: 'draft' },
    ]);
  });

  it('lists nothing in an empty workspace and ignores files that are not notes', () => {
    fs.writeFileSync(path.join(workspace.notesDir, 'readme.txt'), 'hello');
    expect(notes.list()).toEqual([]);
  });

  it('moves a removed note to the trash folder, byte for byte, and open then fails with NOT_FOUND', () => {
    const note = notes.create(templates.get('decision-note'), {});
    const bytes = fs.readFileSync(noteFile(note.id));
    notes.remove(note.id);

    expect(fs.existsSync(noteFile(note.id))).toBe(false);
    expect(fs.readdirSync(workspace.notesDir)).toEqual([]);
    const trashed = fs.readdirSync(workspace.trashDir);
    expect(trashed).toHaveLength(1);
    expect(trashed[0]).toMatch(new RegExp(`^${note.id}\\..+\\.note\\.json$`));
    expect(fs.readFileSync(path.join(workspace.trashDir, trashed[0])).equals(bytes)).toBe(true);

    const error = expectAppError(() => notes.open(note.id), 'NOT_FOUND');
    expect(error.message).toBe('This note no longer exists.');
    expect(notes.list()).toEqual([]);
    expectAppError(() => notes.remove(note.id), 'NOT_FOUND');
  });

  it('keeps both copies in the trash when a note id is removed twice', () => {
    const note = notes.create(templates.get('decision-note'), {});
    const bytes = fs.readFileSync(noteFile(note.id));
    notes.remove(note.id);
    fs.writeFileSync(noteFile(note.id), bytes);
    notes.remove(note.id);
    expect(fs.readdirSync(workspace.trashDir)).toHaveLength(2);
  });

  it('refuses a corrupt note file with NOTE_UNREADABLE, leaves it byte for byte, and still lists it with a problem', () => {
    const good = notes.create(templates.get('decision-note'), {});
    const garbage = Buffer.from([0x00, 0xff, 0x7b, 0x22, 0x9c, 0x13, 0xde, 0xad, 0xbe, 0xef, 0x0a]);
    fs.writeFileSync(noteFile('broken-note'), garbage);

    const error = expectAppError(() => notes.open('broken-note'), 'NOTE_UNREADABLE');
    expect(error.message.startsWith('Could not read this note')).toBe(true);
    expectAppError(() => notes.save('broken-note', { subject: 'x' }, editorState([]), 0), 'NOTE_UNREADABLE');
    expect(fs.readFileSync(noteFile('broken-note')).equals(garbage)).toBe(true);

    const list = notes.list();
    expect(list.map((summary) => summary.id).sort()).toEqual(['broken-note', good.id].sort());
    const broken = list.find((summary) => summary.id === 'broken-note')!;
    expect(broken.title).toBe('Unreadable note');
    expect(broken.problem).toMatch(/^Could not read this note/);
    expect(list.find((summary) => summary.id === good.id)!.problem).toBeUndefined();
    expect(fs.readFileSync(noteFile('broken-note')).equals(garbage)).toBe(true);
  });

  it('refuses valid JSON that is not a Brieflink note with NOTE_UNREADABLE', () => {
    fs.writeFileSync(noteFile('other-json'), JSON.stringify({ hello: 'world' }));
    const error = expectAppError(() => notes.open('other-json'), 'NOTE_UNREADABLE');
    expect(error.message).toMatch(/^Could not read this note: the file is not a Brieflink note/);
  });

  it('refuses a note with a damaged field with NOTE_UNREADABLE', () => {
    const note = notes.create(templates.get('decision-note'), {});
    fs.writeFileSync(noteFile(note.id), JSON.stringify({ ...note, revision: -1 }));
    const error = expectAppError(() => notes.open(note.id), 'NOTE_UNREADABLE');
    expect(error.message).toMatch(/^Could not read this note: the file is damaged/);
  });

  it('refuses a note whose body holds a node type the editor does not know, naming it, and leaves the file', () => {
    const note = notes.create(templates.get('decision-note'), {});
    const children = [...note.body.root.children];
    children.splice(2, 0, { type: 'paragrahp', version: 1, children: [] });
    const text = JSON.stringify({ ...note, body: { root: { ...note.body.root, children } } });
    fs.writeFileSync(noteFile(note.id), text);
    const error = expectAppError(() => notes.open(note.id), 'NOTE_UNREADABLE');
    expect(error.message).toMatch(/^Could not read this note: the file is damaged \(.*node of type "paragrahp"/);
    expect(fs.readFileSync(noteFile(note.id), 'utf8')).toBe(text);
  });

  it('refuses a note whose file name and id disagree', () => {
    const note = notes.create(templates.get('decision-note'), {});
    fs.copyFileSync(noteFile(note.id), noteFile('copied-note'));
    const error = expectAppError(() => notes.open('copied-note'), 'NOTE_UNREADABLE');
    expect(error.message).toContain('file name and contents disagree');
  });

  it('refuses a note from a newer format version with NOTE_FROM_NEWER_VERSION and leaves the file unchanged', () => {
    const note = notes.create(templates.get('decision-note'), {});
    const newer = Buffer.from(JSON.stringify({ ...note, formatVersion: 99, somethingNew: [1, 2, 3] }), 'utf8');
    fs.writeFileSync(noteFile(note.id), newer);

    const error = expectAppError(() => notes.open(note.id), 'NOTE_FROM_NEWER_VERSION');
    expect(error.message).toContain('note format 99');
    expectAppError(() => notes.save(note.id, note.metadata, note.body, note.revision), 'NOTE_FROM_NEWER_VERSION');
    expect(fs.readFileSync(noteFile(note.id)).equals(newer)).toBe(true);

    const [summary] = notes.list();
    expect(summary.id).toBe(note.id);
    expect(summary.problem).toContain('newer version of Brieflink');
    expect(summary).toMatchObject({ title: 'Note from a newer version', readOnly: true });
    expect(fs.readFileSync(noteFile(note.id)).equals(newer)).toBe(true);
  });

  it('duplicates a note under a fresh id with "(copy)" in its title and leaves the original alone', () => {
    const note = notes.create(templates.get('decision-note'), {}); // 09:00
    const body = editorState([headingNode('h2', 'Summary'), paragraphNode([textNode('Original text')])]);
    notes.save(note.id, { ...note.metadata, subject: 'Pilot funding' }, body, note.revision); // 09:01
    const originalBytes = fs.readFileSync(noteFile(note.id));

    const copy = notes.duplicate(note.id); // 09:02
    expect(copy.id).not.toBe(note.id);
    expect(copy.metadata.subject).toBe('Pilot funding (copy)');
    expect(copy.body).toEqual(body);
    expect(copy).toMatchObject({ revision: 0, createdAt: '2026-03-01T09:02:00.000Z', updatedAt: '2026-03-01T09:02:00.000Z' });
    expect(createNoteService(workspace).open(copy.id)).toEqual(copy);
    expect(fs.readFileSync(noteFile(note.id)).equals(originalBytes)).toBe(true);
    expect(notes.list().map((summary) => summary.title).sort()).toEqual(['Pilot funding', 'Pilot funding (copy)']);
  });

  it('renames a note by setting its Subject, trimmed, and bumps the revision', () => {
    const note = notes.create(templates.get('decision-note'), { from: 'Ada' });
    expect(notes.rename(note.id, '  New title  ', note.revision)).toEqual({ revision: 1, updatedAt: '2026-03-01T09:01:00.000Z' });
    const reopened = notes.open(note.id);
    expect(reopened.metadata).toEqual({ ...note.metadata, subject: 'New title' });
    expect(reopened.body).toEqual(note.body);
    expectAppError(() => notes.rename('missing-note', 'x', 0), 'NOT_FOUND');
  });

  it('keeps a note openable and savable when its template is no longer available', () => {
    const userTemplate = {
      ...JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, '02-information-note.json'), 'utf8')),
      id: 'temporary-brief',
      name: 'Temporary brief',
    };
    const templateFile = path.join(workspace.userTemplatesDir, 'temporary-brief.json');
    fs.writeFileSync(templateFile, JSON.stringify(userTemplate));
    const withUserTemplate = createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir);
    const note: Note = notes.create(withUserTemplate.get('temporary-brief'), {});

    fs.rmSync(templateFile);
    const withoutIt = createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir);
    expect(() => withoutIt.get('temporary-brief')).toThrow(AppError);

    const fresh = createNoteService(workspace);
    const reopened = fresh.open(note.id);
    expect(reopened.template.id).toBe('temporary-brief');
    expect(reopened.template.name).toBe('Temporary brief');
    expect(reopened.template.sections).toEqual(templateSchema.parse(userTemplate).sections);
    expect(fresh.save(note.id, { ...note.metadata, subject: 'Still works' }, note.body, note.revision).revision).toBe(1);
    expect(fresh.list()).toEqual([expect.objectContaining({ id: note.id, title: 'Still works', templateName: 'Temporary brief' })]);
  });
});
