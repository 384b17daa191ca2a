import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../common/dispatch';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../../common/editorState';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';

const bodyWith = (...paragraphs: string[]) => editorState([headingNode('h2', 'Summary'), ...paragraphs.map((text) => paragraphNode([textNode(text)]))]);

describe('comparing versions through the contract', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempDir('brieflink-compare-');
  });
  afterEach(() => removeTempDir(root));

  it('compares a snapshot with the note now, and two snapshots, read from the workspace', async () => {
    const backend = startTestBackend(root);
    const { handlers } = backend;
    const note = await handlers['notes.create']({ templateId: 'decision-note' });
    // The first save takes a snapshot ('While editing'); the export takes another.
    await handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'First subject' }, body: bodyWith('Alpha text here.', 'Beta text here.'), baseRevision: 0 });
    await handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'Second subject' }, body: bodyWith('Alpha text here.', 'Beta text changed.'), baseRevision: 1 });
    await handlers['export.docx']({ noteId: note.id, draft: false });
    await handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'Second subject' }, body: bodyWith('Beta text changed.', 'Alpha text here.'), baseRevision: 2 });
    const [exported, first] = await handlers['notes.history.list']({ noteId: note.id });

    const sinceExport = await handlers['notes.history.compare']({ noteId: note.id, from: exported.id, to: 'now' });
    expect(sinceExport.fields).toEqual([]);
    expect(sinceExport.changeCount).toBe(1);
    expect(sinceExport.blocks.filter((block) => block.change !== 'same').map((block) => block.change).sort()).toEqual(['moved-from', 'moved-to']);

    const betweenSnapshots = await handlers['notes.history.compare']({ noteId: note.id, from: first.id, to: exported.id });
    expect(betweenSnapshots.fields.map((field) => field.label)).toEqual(['Subject']);
    expect(betweenSnapshots.blocks.find((block) => block.change === 'changed')?.parts).toEqual([
      { text: 'Beta text ', change: 'same' },
      { text: 'here.', change: 'removed' },
      { text: 'changed.', change: 'added' },
    ]);
    await backend.close();
  });

  it('refuses a version that is not a snapshot id or "now", before reading anything', async () => {
    const backend = startTestBackend(root);
    const result = await dispatch(backend.handlers, 'notes.history.compare', { noteId: 'abc', from: '../../settings', to: 'now' });
    expect(result.ok ? 'ok' : result.error.code).toBe('BAD_ARGUMENTS');
    const missing = await dispatch(backend.handlers, 'notes.history.compare', { noteId: 'abc', from: '2026-01-01T00-00-00-000Z--export', to: 'now' });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
    await backend.close();
  });
});

describe('changes since you cleared', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempDir('brieflink-cleared-');
  });
  afterEach(() => removeTempDir(root));

  const legal = { id: 'legal', step: 'consulted' as const, office: 'Legal Services', name: 'Lee Lawyer', remark: '' };

  it('keeps the version cleared, records its revision on the entry, and compares it with the note now', async () => {
    const backend = startTestBackend(root);
    const { handlers } = backend;
    const note = await handlers['notes.create']({ templateId: 'decision-note' });
    const pending = await handlers['notes.save']({ id: note.id, metadata: note.metadata, body: bodyWith('Alpha text here.'), baseRevision: 0, clearance: [{ ...legal, outcome: 'pending' }] });
    // The window may send a revision of its own for the entry: it is not taken.
    const cleared = await handlers['notes.save']({
      id: note.id,
      metadata: note.metadata,
      body: bodyWith('Alpha text here.'),
      baseRevision: pending.revision,
      clearance: [{ ...legal, outcome: 'cleared', clearedRevision: 99 }],
    });
    let saved = await handlers['notes.open']({ id: note.id });
    expect(saved.clearance?.[0]?.clearedRevision).toBe(cleared.revision);
    expect(saved.formatVersion).toBe(3);
    expect((await handlers['notes.history.list']({ noteId: note.id })).map((snapshot) => snapshot.reason)).toContain('cleared');

    // Edited after the clearance; the entry stays cleared at the revision it was cleared at.
    const later = await handlers['notes.save']({ id: note.id, metadata: note.metadata, body: bodyWith('Alpha text changed.'), baseRevision: cleared.revision, clearance: saved.clearance });
    saved = await handlers['notes.open']({ id: note.id });
    expect(saved.revision).toBe(later.revision);
    expect(saved.clearance?.[0]?.clearedRevision).toBe(cleared.revision);

    // Whose clearance is read from the user's own settings, not from the window.
    const unnamed = await dispatch(handlers, 'notes.history.sinceCleared', { noteId: note.id });
    expect(unnamed.ok ? 'ok' : unnamed.error.message).toBe('Set your name first (Your details, in the Review panel): your clearance is found by it.');
    const named = await dispatch(handlers, 'notes.history.sinceCleared', { noteId: note.id, name: 'Someone Else' });
    expect(named.ok ? 'ok' : named.error.code).toBe('BAD_ARGUMENTS');
    await handlers['settings.update']({ author: { name: ' lee lawyer ' } });
    const since = await handlers['notes.history.sinceCleared']({ noteId: note.id });
    expect(since.comparison.blocks.find((block) => block.change === 'changed')?.parts).toEqual([
      { text: 'Alpha text ', change: 'same' },
      { text: 'here.', change: 'removed' },
      { text: 'changed.', change: 'added' },
    ]);

    // Someone with no clearance recorded is told so; set back to pending, the entry forgets its revision.
    await handlers['settings.update']({ author: { name: 'Someone Else' } });
    const nobody = await dispatch(handlers, 'notes.history.sinceCleared', { noteId: note.id });
    expect(nobody.ok ? 'ok' : nobody.error.message).toBe('No clearance by Someone Else is recorded on this note.');
    await handlers['notes.save']({ id: note.id, metadata: note.metadata, body: bodyWith('Alpha text changed.'), baseRevision: later.revision, clearance: [{ ...legal, outcome: 'pending' }] });
    expect((await handlers['notes.open']({ id: note.id })).clearance?.[0]?.clearedRevision).toBeUndefined();
    await backend.close();
  });
});
