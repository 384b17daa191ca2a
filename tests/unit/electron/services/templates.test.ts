import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../common/result';
import { createTemplateService, parseTemplateFile } from '../../../../electron/services/templates';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir } from '../../../support/backendFixture';

const builtInFiles = fs
  .readdirSync(BUILT_IN_TEMPLATES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function builtInJson(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, name), 'utf8'));
}

/** A valid user template, derived from the built-in information note, with a fresh id. */
function userTemplate(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...builtInJson('02-information-note.json'), id: 'team-meeting-brief', name: 'Meeting brief', noteType: 'meeting', ...overrides };
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('built-in templates', () => {
  it('ships at least the decision and information note files', () => {
    expect(builtInFiles).toEqual(expect.arrayContaining(['01-decision-note.json', '02-information-note.json']));
  });

  // Built-in files are named NN-<id>.json; NN orders the template chooser.
  it.each(builtInFiles)('%s is a valid template whose id matches its file name', (name) => {
    const template = parseTemplateFile(path.join(BUILT_IN_TEMPLATES_DIR, name));
    expect(name).toMatch(/^\d\d-/);
    expect(template.id).toBe(name.replace(/^\d\d-/, '').replace(/\.json$/, ''));
    expect(template.fields.map((field) => field.id)).toContain('subject');
    expect(template.sections.length).toBeGreaterThan(0);
  });
});

describe('parseTemplateFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('brieflink-template-file-');
  });
  afterEach(() => removeTempDir(dir));

  it('throws TEMPLATE_INVALID naming the file when it is not JSON', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{ "id": ');
    const error = catchError(() => parseTemplateFile(file));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TEMPLATE_INVALID');
    expect((error as AppError).message).toMatch(/^broken\.json is not valid JSON/);
  });
});

describe('createTemplateService', () => {
  let userDir: string;
  beforeEach(() => {
    userDir = makeTempDir('brieflink-user-templates-');
  });
  afterEach(() => removeTempDir(userDir));

  function writeUser(name: string, content: unknown): void {
    fs.writeFileSync(path.join(userDir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }

  it("lists the built-in templates 'Decision note' and 'Information note' with no problems", () => {
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    const list = service.list();
    expect(list.find((t) => t.id === 'decision-note')).toMatchObject({ name: 'Decision note', noteType: 'decision' });
    expect(list.find((t) => t.id === 'information-note')).toMatchObject({ name: 'Information note', noteType: 'information' });
    expect(list).toHaveLength(builtInFiles.length);
    expect(service.problems()).toEqual([]);
  });

  it('returns the full template from get, sections in file order', () => {
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    const decision = service.get('decision-note');
    expect(decision.sections.map((section) => section.heading)).toEqual([
      'Summary',
      'Issue',
      'Background',
      'Considerations',
      'Recommendation',
    ]);
  });

  it('works when the user templates folder does not exist', () => {
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, path.join(userDir, 'missing'));
    expect(service.list().map((t) => t.id)).toEqual(expect.arrayContaining(['decision-note', 'information-note']));
  });

  it('adds a valid user template after the built-in ones', () => {
    writeUser('meeting-brief.json', userTemplate());
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    const ids = service.list().map((t) => t.id);
    expect(ids.at(-1)).toBe('team-meeting-brief');
    expect(service.get('team-meeting-brief').name).toBe('Meeting brief');
    expect(service.problems()).toEqual([]);
  });

  it('skips a user template without sections and reports the sections field', () => {
    const template = userTemplate();
    delete template.sections;
    writeUser('no-sections.json', template);
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    expect(service.list().map((t) => t.id)).not.toContain('team-meeting-brief');
    expect(() => service.get('team-meeting-brief')).toThrow(AppError);
    const problems = service.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('no-sections.json');
    expect(problems[0].message).toContain('no-sections.json is not a valid template');
    expect(problems[0].message).toMatch(/→ at sections/);
  });

  it('skips a user template with duplicate section ids and names the duplicated id and its path', () => {
    const base = builtInJson('02-information-note.json') as { sections: Array<Record<string, unknown>> };
    const sections = [...base.sections, { ...base.sections[0], heading: 'Purpose again' }];
    writeUser('dupes.json', userTemplate({ sections }));
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    expect(service.list().map((t) => t.id)).not.toContain('team-meeting-brief');
    const [problem] = service.problems();
    expect(problem.file).toBe('dupes.json');
    expect(problem.message).toContain(`duplicate section id "${String(base.sections[0].id)}"`);
    expect(problem.message).toContain(`sections[${sections.length - 1}].id`);
  });

  it('skips a user template without a subject field and says a subject field is needed', () => {
    const base = builtInJson('02-information-note.json') as { fields: Array<{ id: string }> };
    writeUser('no-subject.json', userTemplate({ fields: base.fields.filter((field) => field.id !== 'subject') }));
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    expect(service.list().map((t) => t.id)).not.toContain('team-meeting-brief');
    const [problem] = service.problems();
    expect(problem.file).toBe('no-subject.json');
    expect(problem.message).toContain('every template needs a "subject" field');
    expect(problem.message).toMatch(/→ at fields/);
  });

  it('reports a user template that is not JSON, and still loads the valid ones', () => {
    writeUser('a-broken.json', '{"formatVersion": 1,');
    writeUser('b-good.json', userTemplate());
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    expect(service.get('team-meeting-brief').name).toBe('Meeting brief');
    expect(service.problems()).toEqual([{ file: 'a-broken.json', message: expect.stringMatching(/^a-broken\.json is not valid JSON/) }]);
  });

  it('refuses a user template that reuses a built-in id, keeping the built-in one', () => {
    writeUser('my-decision.json', userTemplate({ id: 'decision-note', name: 'Hijacked decision note' }));
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    expect(service.get('decision-note').name).toBe('Decision note');
    expect(service.list().filter((t) => t.id === 'decision-note')).toHaveLength(1);
    expect(service.problems()).toEqual([
      { file: 'my-decision.json', message: 'another template already uses the id "decision-note"' },
    ]);
  });

  it('ignores files that do not end in .json', () => {
    writeUser('notes.txt', 'not a template');
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    expect(service.problems()).toEqual([]);
  });

  it("throws AppError NOT_FOUND for get('nope')", () => {
    const service = createTemplateService(BUILT_IN_TEMPLATES_DIR, userDir);
    const error = catchError(() => service.get('nope'));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
    expect((error as AppError).message).toBe('There is no template called "nope".');
  });

  it('throws when no valid built-in templates exist', () => {
    expect(() => createTemplateService(userDir, userDir)).toThrow(/No valid templates found/);
  });
});
