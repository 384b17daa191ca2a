import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../common/dispatch';
import { editorState, paragraphNode, textNode } from '../../../../common/editorState';
import type { Note } from '../../../../common/note';
import type { Result } from '../../../../common/result';
import type { Backend } from '../../../../electron/services/bootstrap';
import { startTestBackend } from '../../../support/backendFixture';
import { developmentFields } from '../../../support/developmentFields';
import { fillDisk, mountSmallDisk, type Mounted } from '../../../support/mounts';

const disk: Mounted = mountSmallDisk('4m');
const skipped = 'skipped' in disk ? disk.skipped : undefined;
if (skipped) console.warn(`fullDisk.test.ts skipped: ${skipped}`);

function failureOf(result: Result<unknown>): { code: string; message: string } {
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
  return result.ok ? { code: '', message: '' } : result.error;
}

const body = (text: string) => editorState([paragraphNode([textNode(text)])]);

/** A real full disk (a 4 MB RAM disk, filled): every write says so, nothing is half written, and saving works again once space is back. */
describe.skipIf(skipped !== undefined)('a full disk', () => {
  let backend: Backend;
  let note: Note;
  let filler: string;
  const workspace = () => path.join((disk as { dir: string }).dir, 'workspace');

  beforeAll(async () => {
    backend = startTestBackend(workspace());
    const created = await dispatch(backend.handlers, 'notes.create', { templateId: 'decision-note' });
    if (!created.ok) throw new Error(created.error.message);
    note = created.value as Note;
    filler = fillDisk((disk as { dir: string }).dir);
  });
  afterAll(async () => {
    await backend?.close();
    if (!('skipped' in disk)) disk.unmount();
  });

  it('refuses a note save with the reason and what is safe, and leaves no temporary file', async () => {
    const long = 'Paragraph that does not fit on the disk. '.repeat(2000);
    const failure = failureOf(await dispatch(backend.handlers, 'notes.save', { id: note.id, metadata: note.metadata, body: body(long), baseRevision: note.revision }));
    expect(failure).toEqual({
      code: 'STORAGE_FAILED',
      message: 'The note was not saved: the disk is full. Your text is still in this window and Brieflink keeps trying to save it.',
    });
    expect(fs.readdirSync(backend.workspace.notesDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const reopened = await dispatch(backend.handlers, 'notes.open', { id: note.id });
    expect(reopened.ok && (reopened.value as Note).revision).toBe(note.revision);
  });

  it('refuses a library entry with SQLite\'s "full" named the same way', async () => {
    const fields = developmentFields({ fullText: 'Words that fill pages of the library. '.repeat(20000) });
    const failure = failureOf(await dispatch(backend.handlers, 'library.create', { fields }));
    expect(failure.code).toBe('STORAGE_FAILED');
    expect(failure.message).toBe('The library entry was not saved: the disk is full. Your text is still in the form.');
  });

  it('refuses settings with the reason', async () => {
    const failure = failureOf(await dispatch(backend.handlers, 'settings.update', { author: { name: 'A'.repeat(50) } }));
    expect(failure.code, failure.message).toBe('STORAGE_FAILED');
    expect(failure.message).toContain('The settings were not saved: the disk is full.');
  });

  it('saves again once space is back, the text intact', async () => {
    fs.rmSync(filler);
    const long = 'Paragraph that fits now. '.repeat(2000);
    const saved = await dispatch(backend.handlers, 'notes.save', { id: note.id, metadata: note.metadata, body: body(long), baseRevision: note.revision });
    expect(saved.ok, JSON.stringify(saved).slice(0, 300)).toBe(true);
    const reopened = await dispatch(backend.handlers, 'notes.open', { id: note.id });
    expect(JSON.stringify(reopened)).toContain('Paragraph that fits now.');
  });
});
