import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../common/editorState';
import { exportCommand } from '../../../../electron/cli/exportCommand';
import { createNoteService } from '../../../../electron/services/notes/noteService';
import { createTemplateService } from '../../../../electron/services/templates';
import { openWorkspace } from '../../../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR } from '../../../support/backendFixture';
import { readPdf } from '../../../support/pdfText';

const SUBJECT = 'Command line export';

describe('brieflink export (exportCommand)', () => {
  let dataDir: string;
  let outDir: string;
  let noteId: string;
  let noteFile: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-cli-'));
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-cli-out-'));
    const workspace = openWorkspace(dataDir);
    const notes = createNoteService(workspace);
    const template = createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir).get('decision-note');
    const note = notes.create(template, { subject: SUBJECT, classification: 'SECRET' });
    notes.save(note.id, note.metadata, editorState([headingNode('h2', 'Background'), paragraphNode([textNode('Body text.')])]), note.revision);
    const twin = notes.create(template, { subject: 'Twin' });
    notes.create(template, { subject: twin.metadata.subject! });
    noteId = note.id;
    noteFile = fs.readdirSync(workspace.notesDir).map((name) => path.join(workspace.notesDir, name)).find((file) => file.includes(note.id))!;
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  async function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const status = await exportCommand(argv, { dataDir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { status, stdout, stderr };
  }

  it('exports a note found by its subject to a PDF, with the DRAFT watermark', async () => {
    const out = path.join(outDir, 'note.pdf');
    const result = await run(SUBJECT, '--pdf', out, '--draft');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Exported "${SUBJECT}" to .*note\\.pdf, 1 page\\.\\n$`));
    const pdf = await readPdf(new Uint8Array(fs.readFileSync(out)));
    expect(pdf.info.Title).toBe(SUBJECT);
    expect(pdf.pages[0]).toContain('SECRET');
    expect(pdf.pages[0]).toContain('Body text.');
    expect(pdf.pages[0]!.replace(/\s/g, '')).toContain('DRAFT');
  }, 60_000);

  it('exports a note found by its id to a DOCX', async () => {
    const out = path.join(outDir, 'note.docx');
    const result = await run(noteId, '--docx', out);
    expect(result.status).toBe(0);
    const { value: html } = await mammoth.convertToHtml({ buffer: fs.readFileSync(out) });
    expect(html).toContain(`<h1>${SUBJECT}</h1>`);
    expect(html).toContain('<h2>Background</h2>');
  });

  it('says so when the note is unknown or ambiguous, and writes nothing', async () => {
    const out = path.join(outDir, 'missing.pdf');
    const unknown = await run('No such subject', '--pdf', out);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('Export failed: No note has the id or the exact subject "No such subject".\n');
    const twins = await run('Twin', '--docx', path.join(outDir, 'twin.docx'));
    expect(twins.status).toBe(1);
    expect(twins.stderr).toMatch(/2 notes have the subject "Twin"; give the id of one: /);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'twin.docx'))).toBe(false);
  });

  it('says why an output path cannot be written, and leaves the note untouched', async () => {
    const before = { bytes: fs.readFileSync(noteFile), mtime: fs.statSync(noteFile).mtimeMs };
    const missingFolder = await run(SUBJECT, '--pdf', path.join(outDir, 'no', 'such', 'folder', 'x.pdf'));
    expect(missingFolder.status).toBe(1);
    expect(missingFolder.stderr).toMatch(/^Export failed: Cannot write .*x\.pdf: the folder .*folder does not exist\.\n$/);
    const plainFile = path.join(outDir, 'plain.txt');
    fs.writeFileSync(plainFile, 'x');
    const underFile = await run(SUBJECT, '--docx', path.join(plainFile, 'x.docx'));
    expect(underFile.stderr).toMatch(/plain\.txt is not a folder\./);
    const folder = await run(SUBJECT, '--docx', outDir);
    expect(folder.stderr).toMatch(/it is a folder\./);
    expect(fs.readFileSync(noteFile).equals(before.bytes)).toBe(true);
    expect(fs.statSync(noteFile).mtimeMs).toBe(before.mtime);
  });

  it('explains wrong usage with exit status 2', async () => {
    for (const argv of [[], [SUBJECT], [SUBJECT, '--pdf'], [SUBJECT, '--pdf', 'a.pdf', '--docx', 'b.docx'], [SUBJECT, '--png', 'x'], ['a', 'b', '--pdf', 'x.pdf']]) {
      const result = await run(...argv);
      expect(result.status, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: brieflink export <note id or subject> --pdf out.pdf | --docx out.docx [--draft]');
    }
  });
});
