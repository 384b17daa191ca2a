import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../common/dispatch';
import type { Note } from '../../../../../common/note';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { renderNoteDocx } from '../../../../../electron/services/export/exportDocx';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { makeNote } from '../../../../support/noteFiles';
import { addReviewerComment } from '../../../../support/reviewerEdits';

describe('notes.importReview', () => {
  let dataDir: string;
  let backend: Backend;
  const note = makeNote({ id: 'reviewed-note', subject: 'Rural broadband', text: 'The grant covers forty towns this year.' });
  const file = () => path.join(dataDir, 'notes', `${note.id}.note.json`);

  beforeEach(() => {
    dataDir = makeTempDir('brieflink-review-import-');
    fs.mkdirSync(path.join(dataDir, 'notes'), { recursive: true });
    fs.writeFileSync(file(), JSON.stringify(note));
    backend = startTestBackend(dataDir);
  });
  afterEach(async () => {
    await backend.close();
    removeTempDir(dataDir);
  });

  const call = async (args: unknown) => dispatch(backend.handlers, 'notes.importReview', args);

  it('adds the reviewer comment to the note file, keeps the note as it was in History, and adds nothing twice', async () => {
    const reviewed = addReviewerComment((await renderNoteDocx(note, { version: 'test' })).bytes, { onText: 'forty towns', author: 'R. Reviewer', initials: 'RR', text: 'Name them.' });
    const args = { noteId: note.id, fileName: 'reviewed.docx', dataBase64: reviewed.toString('base64') };
    const result = await call(args);
    expect(result).toMatchObject({ ok: true, value: { added: 1, replies: 0, message: 'Imported 1 comment from “reviewed.docx”.' } });
    const saved = JSON.parse(fs.readFileSync(file(), 'utf8')) as Note;
    expect(saved.comments).toMatchObject([{ author: { name: 'R. Reviewer' }, text: 'Name them.' }]);
    expect(JSON.stringify(saved.body)).toContain(`"ids":["${saved.comments![0]!.id}"]`);
    const history = await dispatch(backend.handlers, 'notes.history.list', { noteId: note.id });
    expect(history).toMatchObject({ ok: true, value: [{ reason: 'before-review-import' }] });

    const again = await call(args);
    expect(again).toMatchObject({ ok: true, value: { added: 0, message: 'No new comments in “reviewed.docx”. 1 comment was already in the note.' } });
  });

  it('refuses a file that is not a Word document, or too large, and leaves the note unchanged', async () => {
    const before = fs.readFileSync(file(), 'utf8');
    expect(await call({ noteId: note.id, fileName: 'notes.txt', dataBase64: Buffer.from('text').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: 'notes.txt: a review is imported from a Word document (.docx).' },
    });
    const large = await call({ noteId: note.id, fileName: 'big.docx', dataBase64: 'A'.repeat(8 * 1024 * 1024) });
    expect(large).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
    expect(JSON.stringify(large)).toContain('the largest file Brieflink imports');
    expect(await call({ noteId: '../settings', fileName: 'a.docx', dataBase64: '' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(fs.readFileSync(file(), 'utf8')).toBe(before);
  });
});
