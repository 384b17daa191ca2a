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
