import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClearanceEntry } from '../../../../../common/clearance';
import { dispatch } from '../../../../../common/dispatch';
import { sharedNoteSchema } from '../../../../../common/noteShare';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { useTestBackend } from '../../../../support/testBackend';

const test = useTestBackend();
const noteFile = (dir: string, id: string) => path.join(dir, 'notes', `${id}.note.json`);
const onDisk = (dir: string, id: string) => JSON.parse(fs.readFileSync(noteFile(dir, id), 'utf8'));

const CLEARANCE: ClearanceEntry[] = [
  { id: 'legal', step: 'consulted', office: 'Legal Services', name: 'Sam Ortiz', outcome: 'cleared', date: '2026-03-02', remark: '' },
  { id: 'adm', step: 'approved', office: 'ADM, Strategic Policy', name: 'Dana Lee', outcome: 'pending', remark: 'Back on Monday' },
];

async function savedNote(backend: Backend, review: { status?: 'draft' | 'in-review' | 'cleared' | 'approved' | 'sent'; clearance?: ClearanceEntry[] }) {
  const note = await backend.handlers['notes.create']({ templateId: 'decision-note' });
  const saved = await backend.handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'Cleared brief' }, body: note.body, baseRevision: note.revision, ...review });
  return { id: note.id, revision: saved.revision };
}

describe('status and clearance saved with the note', () => {
  it('are saved by notes.save, opened again, listed, and written as note format 3', async () => {
    const { id } = await savedNote(test.backend, { status: 'in-review', clearance: CLEARANCE });
    const opened = await test.backend.handlers['notes.open']({ id });
    expect(opened).toMatchObject({ status: 'in-review', clearance: CLEARANCE, formatVersion: 3 });
    expect(onDisk(test.dir, id)).toMatchObject({ formatVersion: 3, status: 'in-review', clearance: CLEARANCE });
    expect((await test.backend.handlers['notes.list']({})).find((summary) => summary.id === id)?.status).toBe('in-review');
  });

  it('are left as they are by a save that does not carry them, and a note back at Draft with no entries is format 1 again', async () => {
    const { id, revision } = await savedNote(test.backend, { status: 'approved', clearance: CLEARANCE });
    const note = await test.backend.handlers['notes.open']({ id });
    const next = await test.backend.handlers['notes.save']({ id, metadata: { ...note.metadata, subject: 'Renamed' }, body: note.body, baseRevision: revision });
    expect(await test.backend.handlers['notes.open']({ id })).toMatchObject({ status: 'approved', clearance: CLEARANCE });
    await test.backend.handlers['notes.save']({ id, metadata: note.metadata, body: note.body, baseRevision: next.revision, status: 'draft', clearance: [] });
    const file = onDisk(test.dir, id);
    expect(file.formatVersion).toBe(1);
    expect(file).not.toHaveProperty('status');
    expect(file).not.toHaveProperty('clearance');
    expect((await test.backend.handlers['notes.list']({})).find((summary) => summary.id === id)?.status).toBe('draft');
  });

  it('refuses a bad entry with a message naming it, and saves nothing', async () => {
    const { id, revision } = await savedNote(test.backend, {});
    const note = await test.backend.handlers['notes.open']({ id });
    const result = await dispatch(test.backend.handlers, 'notes.save', {
      id,
      metadata: note.metadata,
      body: note.body,
      baseRevision: revision,
      clearance: [{ ...CLEARANCE[0], date: '2026-02-30' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_ARGUMENTS');
      expect(result.error.message).toContain('a date is written yyyy-mm-dd');
      expect(result.error.message).toContain('clearance[0].date');
    }
    expect((await test.backend.handlers['notes.open']({ id })).revision).toBe(revision);
  });

  it('open as Draft with no clearance from a note file written before they existed', async () => {
    const { id } = await savedNote(test.backend, {});
    const file = onDisk(test.dir, id);
    expect(file.formatVersion).toBe(1);
    expect(file).not.toHaveProperty('status');
    const opened = await test.backend.handlers['notes.open']({ id });
    expect(opened.status).toBeUndefined();
    expect((await test.backend.handlers['notes.list']({})).find((summary) => summary.id === id)?.status).toBe('draft');
  });

  it('are copied by Duplicate', async () => {
    const { id } = await savedNote(test.backend, { status: 'cleared', clearance: CLEARANCE });
    const copy = await test.backend.handlers['notes.duplicate']({ id });
    expect(copy.status).toBe('cleared');
    expect((await test.backend.handlers['notes.open']({ id: copy.id })).clearance).toEqual(CLEARANCE);
  });
});

describe('the shared-note bundle', () => {
  let colleagueDir = '';
  let colleague: Backend;
  beforeEach(() => {
    colleagueDir = makeTempDir();
    colleague = startTestBackend(colleagueDir);
  });
  afterEach(async () => {
    await colleague.close();
    removeTempDir(colleagueDir);
  });

  it('carries the status and clearance list to a colleague, who imports them with the note', async () => {
    const { id } = await savedNote(test.backend, { status: 'sent', clearance: CLEARANCE });
    const { outcome } = await test.backend.handlers['notes.share']({ noteId: id });
    if (outcome.delivery !== 'download') throw new Error('expected a download');
    const text = Buffer.from(outcome.dataBase64, 'base64').toString('utf8');
    expect(sharedNoteSchema.parse(JSON.parse(text)).note).toMatchObject({ status: 'sent', clearance: CLEARANCE });

    const imported = await colleague.handlers['notes.importShared']({ fileName: outcome.fileName, dataBase64: outcome.dataBase64 });
    expect(imported.note.status).toBe('sent');
    expect(await colleague.handlers['notes.open']({ id: imported.note.id })).toMatchObject({ status: 'sent', clearance: CLEARANCE });
    expect((await colleague.handlers['notes.list']({}))[0]?.status).toBe('sent');
  });
});
