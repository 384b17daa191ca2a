import { describe, expect, it } from 'vitest';
import { developmentFieldsSchema } from '../../../common/development';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../../common/editorState';
import { DEFAULT_DEVELOPMENTS } from '../../../electron/services/library/defaultDevelopments';
import { useTestBackend } from '../../support/testBackend';
import { snippetNode } from '../../support/snippetNodes';

const development = DEFAULT_DEVELOPMENTS[0];
const keyPoint = development.keyPoints[0];

const test = useTestBackend();

/** Edits a development's summary in the library, as the edit form does: its revision goes up. */
async function editInLibrary(id: string, summary: string): Promise<number> {
  const current = await test.backend.handlers['library.get']({ id });
  const fields = developmentFieldsSchema.parse({ ...current, summary });
  return (await test.backend.handlers['library.update']({ id, fields, revision: current.revision })).revision;
}

async function noteWith(body: SerializedNode[]): Promise<string> {
  const note = await test.backend.handlers['notes.create']({ templateId: 'decision-note' });
  await test.backend.handlers['notes.save']({ id: note.id, metadata: note.metadata, body: editorState(body), baseRevision: note.revision });
  return note.id;
}

const damaged: SerializedNode = { type: 'linked-snippet', version: 1, snippet: { id: 'broken' }, children: [textNode('Damaged')] };

describe('snippets.status', () => {
  it('tells current, outdated (with the part text now), missing, frozen and damaged apart', async () => {
    const now = await editInLibrary(development.id, 'The summary as it reads now.');
    const body = [
      paragraphNode([
        snippetNode({ id: 'current', developmentId: development.id, text: 'kp', origin: { kind: 'key-point', keyPointId: keyPoint.id }, sourceRevision: now }),
        snippetNode({ id: 'outdated', developmentId: development.id, text: 'old summary', sourceRevision: 1 }),
        snippetNode({ id: 'gone-point', developmentId: development.id, text: 'x', origin: { kind: 'key-point', keyPointId: 'kp-removed' } }),
        snippetNode({ id: 'missing', developmentId: 'not-in-this-library', text: 'elsewhere' }),
        snippetNode({ id: 'frozen', developmentId: development.id, text: 'frozen', frozen: true }),
        damaged,
      ]),
    ];
    const noteId = await noteWith(body);
    const report = await test.backend.handlers['snippets.status']({ noteId });
    expect(report.snippets).toEqual([
      { snippetId: 'current', position: 0, developmentId: development.id, state: 'current' },
      { snippetId: 'outdated', position: 1, developmentId: development.id, state: 'outdated', currentText: 'The summary as it reads now.', currentRevision: now },
      { snippetId: 'gone-point', position: 2, developmentId: development.id, state: 'outdated', currentText: null, currentRevision: now },
      { snippetId: 'missing', position: 3, developmentId: 'not-in-this-library', state: 'missing' },
      { snippetId: 'frozen', position: 4, developmentId: development.id, state: 'frozen' },
      { snippetId: null, position: 5, developmentId: null, state: 'damaged', problem: expect.stringMatching(/damaged/) },
    ]);
    expect(report.outdated).toBe(2);
    expect(report.missing).toBe(1);
  });

  it('checks an unsaved body too', async () => {
    const report = await test.backend.handlers['snippets.status']({
      body: editorState([paragraphNode([snippetNode({ id: 'a', developmentId: development.id, text: 't' })])]),
    });
    expect(report.snippets.map((s) => s.state)).toEqual(['current']);
  });
});

describe('notes.setCitationStyle', () => {
  it('stores the style in the note, kept by later saves', async () => {
    const noteId = await noteWith([paragraphNode([textNode('text')])]);
    const result = await test.backend.handlers['notes.setCitationStyle']({ noteId, citationStyle: 'none' });
    const note = await test.backend.handlers['notes.open']({ id: noteId });
    expect(note.settings).toEqual({ citationStyle: 'none' });
    expect(note.revision).toBe(result.revision);
    await test.backend.handlers['notes.save']({ id: noteId, metadata: note.metadata, body: note.body, baseRevision: note.revision });
    expect((await test.backend.handlers['notes.open']({ id: noteId })).settings).toEqual({ citationStyle: 'none' });
  });
});

describe('notes.freezeLinks', () => {
  it('snapshots the note, then marks every snippet frozen, keeping text and citations', async () => {
    const body = [
      paragraphNode([
        textNode('Before '),
        snippetNode({ id: 'a', developmentId: development.id, text: 'first' }),
        snippetNode({ id: 'b', developmentId: 'elsewhere', text: 'second', frozen: true }),
        damaged,
      ]),
    ];
    const noteId = await noteWith(body);
    const before = await test.backend.handlers['notes.open']({ id: noteId });
    const result = await test.backend.handlers['notes.freezeLinks']({ noteId });
    expect(result.frozen).toBe(2);
    const after = await test.backend.handlers['notes.open']({ id: noteId });
    expect(after.revision).toBe(before.revision + 1);
    const snippets = after.body.root.children[0].children!.filter((node) => node.type === 'linked-snippet');
    expect(snippets.map((node) => node.frozen)).toEqual([true, true, true]);
    expect(snippets.map((node) => node.children)).toEqual([[textNode('first')], [textNode('second')], [textNode('Damaged')]]);
    expect(snippets[0].snippet).toEqual((body[0].children![1] as SerializedNode).snippet);
    const status = await test.backend.handlers['snippets.status']({ noteId });
    expect(status.snippets.map((s) => s.state)).toEqual(['frozen', 'frozen', 'damaged']);
    const history = await test.backend.handlers['notes.history.list']({ noteId });
    const snapshot = history.find((entry) => entry.reason === 'before-freeze')!;
    const preview = await test.backend.handlers['notes.history.preview']({ noteId, snapshotId: snapshot.id });
    expect(preview.text).toContain('first');
  });
});
