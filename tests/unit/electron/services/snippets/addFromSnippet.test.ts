import { describe, expect, it } from 'vitest';
import { editorState, paragraphNode, textNode } from '../../../../../common/editorState';
import { AppError } from '../../../../../common/result';
import { DEFAULT_DEVELOPMENTS } from '../../../../../electron/services/library/defaultDevelopments';
import { snippetNode } from '../../../../support/snippetNodes';
import { useTestBackend } from '../../../../support/testBackend';

const test = useTestBackend();

async function noteCiting(developmentId: string) {
  const note = await test.backend.handlers['notes.create']({ templateId: 'decision-note' });
  const body = editorState([
    paragraphNode([
      textNode('As reported, '),
      snippetNode({ id: 'cited', developmentId, text: 'my edited wording', title: 'Colleague’s source', publisher: 'Gazette', publishedDate: '2026-02-03', url: 'https://gazette.example/1', sourceRevision: 3 }),
    ]),
  ]);
  await test.backend.handlers['notes.save']({ id: note.id, metadata: { ...note.metadata, subject: 'From a colleague' }, body, baseRevision: note.revision });
  return note.id;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('library.addFromSnippet', () => {
  it('creates the development under the snippet’s id from what the snippet carries; the snippet is then current', async () => {
    const noteId = await noteCiting('colleague-source');
    expect((await test.backend.handlers['snippets.status']({ noteId })).snippets[0].state).toBe('missing');

    const added = await test.backend.handlers['library.addFromSnippet']({ noteId, snippetId: 'cited' });
    expect(added).toMatchObject({
      id: 'colleague-source',
      title: 'Colleague’s source',
      publisher: 'Gazette',
      publishedDate: '2026-02-03',
      url: 'https://gazette.example/1',
      summary: 'my edited wording',
      status: 'announced',
      summaryProvenance: 'human',
      keyPointsProvenance: 'human',
    });
    expect(await test.backend.handlers['library.get']({ id: 'colleague-source' })).toEqual(added);
    expect((await test.backend.handlers['snippets.status']({ noteId })).snippets[0].state).toBe('current');
  });

  it('refuses when the id is taken, in the library or its trash, and changes nothing', async () => {
    const local = DEFAULT_DEVELOPMENTS[0];
    const noteId = await noteCiting(local.id);
    const before = await test.backend.handlers['library.get']({ id: local.id });
    const error = await refusal(test.backend.handlers['library.addFromSnippet']({ noteId, snippetId: 'cited' }));
    expect(error.message).toContain(`already uses the id ${local.id} in your library`);
    expect(await test.backend.handlers['library.get']({ id: local.id })).toEqual(before);

    await test.backend.handlers['library.trash']({ id: local.id });
    const trashed = await refusal(test.backend.handlers['library.addFromSnippet']({ noteId, snippetId: 'cited' }));
    expect(trashed.message).toContain('in the library’s trash');
  });

  it('says so when the note has no such snippet', async () => {
    const noteId = await noteCiting('colleague-source');
    const error = await refusal(test.backend.handlers['library.addFromSnippet']({ noteId, snippetId: 'not-there' }));
    expect(error.code).toBe('NOT_FOUND');
  });
});
