import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../common/editorState';
import { AppError } from '../../../../common/result';
import { templateSchema } from '../../../../common/template';
import { createNoteService, type NoteService } from '../../../../electron/services/notes/noteService';
import { createTemplateService, type TemplateService } from '../../../../electron/services/templates';
import { createUserTemplateStore, type UserTemplateStore } from '../../../../electron/services/userTemplates';
import { openWorkspace, type Workspace } from '../../../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir } from '../../../support/backendFixture';
import { thrownBy as errorOf } from '../../../support/serviceHelpers';

describe('user templates', () => {
  let root: string;
  let workspace: Workspace;
  let templates: TemplateService;
  let notes: NoteService;
  let store: UserTemplateStore;

  beforeEach(() => {
    root = makeTempDir('brieflink-user-templates-');
    workspace = openWorkspace(root);
    templates = createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir);
    notes = createNoteService(workspace);
    store = createUserTemplateStore(workspace, templates);
  });
  afterEach(() => removeTempDir(root));

  const userFiles = () => fs.readdirSync(workspace.userTemplatesDir).sort();

  it("saves a note as a template whose sections are the note's h2 headings, and it is listed at once", () => {
    const note = notes.create(templates.get('decision-note'), {});
    const body = editorState([
      headingNode('h2', 'Summary'),
      paragraphNode([textNode('text')]),
      headingNode('h3', 'Not a section'),
      headingNode('h2', 'Risks and mitigations'),
      paragraphNode(),
    ]);
    notes.save(note.id, { ...note.metadata, subject: 'Pilot' }, body, note.revision);

    const saved = store.saveFromNote(notes.open(note.id), '  Pilot brief ');
    expect(saved).toMatchObject({ id: 'user-pilot-brief', name: 'Pilot brief', noteType: 'decision' });
    expect(userFiles()).toEqual(['user-pilot-brief.json']);

    const template = templates.get('user-pilot-brief');
    expect(template.sections.map((section) => section.heading)).toEqual(['Summary', 'Risks and mitigations']);
    const summary = templates.get('decision-note').sections.find((section) => section.heading === 'Summary')!;
    expect(template.sections[0]).toEqual(summary);
    expect(template.sections[1]).toMatchObject({ id: 'risks-and-mitigations', guidance: '', required: false });
    expect(template.fields).toEqual(templates.get('decision-note').fields);
    expect(templates.catalog().find((entry) => entry.id === 'user-pilot-brief')).toMatchObject({ builtIn: false });
    expect(templates.catalog().find((entry) => entry.id === 'decision-note')).toMatchObject({ builtIn: true });
    // A second template of the same name gets its own id.
    expect(store.saveFromNote(notes.open(note.id), 'Pilot brief').id).toBe('user-pilot-brief-2');
  });

  it('refuses to make a template from a note without h2 headings', () => {
    const note = notes.create(templates.get('decision-note'), {});
    notes.save(note.id, note.metadata, editorState([paragraphNode([textNode('only text')])]), note.revision);
    expect(errorOf(() => store.saveFromNote(notes.open(note.id), 'Empty')).code).toBe('TEMPLATE_INVALID');
    expect(userFiles()).toEqual([]);
  });

  it('updates a user template, and refuses invalid edits with one line per field and edits to built-ins', () => {
    const { id } = store.duplicate('information-note');
    expect(id).toBe('user-information-note');
    const template = templates.get(id);
    expect(template.name).toBe('Information note (copy)');

    store.update({ ...template, name: 'Weekly update', sections: [...template.sections].reverse() });
    expect(templates.get(id).name).toBe('Weekly update');
    expect(templates.get(id).sections[0].id).toBe(template.sections.at(-1)!.id);

    const broken = { ...template, version: 2, sections: template.sections.map((s, i) => (i === 2 ? { ...s, heading: '' } : s)) };
    const error = errorOf(() => store.update(broken));
    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.message.split('\n')).toContainEqual(expect.stringMatching(/^sections\.2\.heading: /));
    expect(templates.get(id).name).toBe('Weekly update');

    expect(errorOf(() => store.update(templates.get('decision-note'))).message).toContain('built in');
    expect(errorOf(() => store.remove('decision-note')).message).toContain('built in');
  });

  it('deletes a user template by moving its file to the trash folder', () => {
    const { id } = store.duplicate('decision-note');
    store.remove(id);
    expect(userFiles()).toEqual([]);
    expect(() => templates.get(id)).toThrow(AppError);
    expect(fs.readdirSync(workspace.trashDir)).toEqual([expect.stringMatching(new RegExp(`^template-${id}\\..+\\.json$`))]);
  });

  it('imports a valid template under a user id that cannot collide with a built-in', () => {
    const text = fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, '01-decision-note.json'), 'utf8');
    const imported = store.importText(text);
    expect(imported.id).toBe('user-decision-note');
    expect(templates.get('decision-note').name).toBe('Decision note');
    expect(templates.get(imported.id).sections).toEqual(templates.get('decision-note').sections);
    expect(store.importText(text).id).toBe('user-decision-note-2');
  });

  it('names every problem of a template file at once, the checks across fields included', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, '02-information-note.json'), 'utf8'));
    raw.sections[0].wordLimit = 'ten';
    raw.fields[1].kind = 'colour';
    raw.classificationScheme = 'uk';
    raw.defaultClassification = 'UNCLASSIFIED';
    raw.sections[1].id = raw.sections[0].id;
    const lines = errorOf(() => store.importText(JSON.stringify(raw))).message.split('\n').slice(1);
    expect(lines).toContainEqual(expect.stringMatching(/^sections\.0\.wordLimit: /));
    expect(lines).toContainEqual(expect.stringMatching(/^fields\.1\.kind: /));
    expect(lines).toContain(`sections.1.id: duplicate section id "${raw.sections[0].id}"`);
    expect(lines).toContain('defaultClassification: "UNCLASSIFIED" is not a level of the UK Government Security Classifications scheme');
  });

  it('names the problems of something that is not a template at all, without failing itself', () => {
    for (const text of ['"a string"', 'null', '[]', '{"sections": "none", "fields": [1, null], "print": 3}']) {
      expect(errorOf(() => store.importText(text)).code).toBe('TEMPLATE_INVALID');
    }
  });

  it('refuses a template file with a key the format does not have, naming each, so a misspelt limit is not lost', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, '02-information-note.json'), 'utf8'));
    raw.sections[1].wordLimt = 150;
    raw.print.colour = 'red';
    const error = errorOf(() => store.importText(JSON.stringify(raw)));
    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.message.split('\n').slice(1)).toEqual(['sections.1.wordLimt: not part of the template format (misspelt, or from a newer version of Brieflink)', 'print.colour: not part of the template format (misspelt, or from a newer version of Brieflink)']);
    expect(userFiles()).toEqual([]);
  });

  it('refuses an invalid template file with field-level errors and stores nothing', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, '02-information-note.json'), 'utf8'));
    raw.sections[2].heading = '';
    raw.fields = raw.fields.filter((field: { id: string }) => field.id !== 'subject');
    const error = errorOf(() => store.importText(JSON.stringify(raw)));
    expect(error.code).toBe('TEMPLATE_INVALID');
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('This template is not valid:');
    expect(lines).toContainEqual(expect.stringMatching(/^sections\.2\.heading: /));
    expect(lines).toContain('fields: every template needs a "subject" field');
    expect(errorOf(() => store.importText('{ not json')).message).toMatch(/not valid JSON/);
    expect(userFiles()).toEqual([]);
  });

  it('exports a template as JSON that validates and round-trips through import', () => {
    const file = store.exportFile('information-note');
    expect(file.fileName).toBe('information-note.json');
    const parsed = templateSchema.parse(JSON.parse(Buffer.from(file.bytes).toString('utf8')));
    expect(parsed).toEqual(templates.get('information-note'));
  });

  it('sees template files changed on disk without a restart, and skips a user file that reuses a built-in id', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, '02-information-note.json'), 'utf8'));
    fs.writeFileSync(path.join(workspace.userTemplatesDir, 'clash.json'), JSON.stringify(raw));
    expect(templates.get('information-note').name).toBe('Information note');
    expect(templates.problems()).toContainEqual({ file: 'clash.json', message: 'another template already uses the id "information-note"' });
    fs.writeFileSync(path.join(workspace.userTemplatesDir, 'mine.json'), JSON.stringify({ ...raw, id: 'mine', name: 'Mine' }));
    expect(templates.list().map((t) => t.id)).toContain('mine');
  });
});
