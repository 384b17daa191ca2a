import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../common/dispatch';
import { revisionChanges, revisionOrigin } from '../../../../../common/revisionChanges';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { openLibrary, type LibraryService } from '../../../../../electron/services/library/library';
import { restoreRevision } from '../../../../../electron/services/library/restoreRevision';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { developmentFields } from '../../../../support/developmentFields';
import { steppingClock, thrownBy } from '../../../../support/serviceHelpers';

describe('restoreRevision', () => {
  let dir: string;
  let library: LibraryService;
  beforeEach(() => {
    dir = makeTempDir();
    library = openLibrary(path.join(dir, 'library.db'), { now: steppingClock() });
  });
  afterEach(() => {
    library.close();
    removeTempDir(dir);
  });

  /** Revision 1, then two edits: revision 3 is current. */
  function editedTwice() {
    const first = library.create(developmentFields({ title: 'First title', summary: 'The first summary.' }));
    library.update(first.id, developmentFields({ title: 'Second title', summary: 'The second summary.' }), 1);
    library.update(first.id, developmentFields({ title: 'Third title', summary: 'The third summary.', status: 'in force' }), 2);
    return first;
  }

  it('saves the earlier content as a new revision and keeps every state in the history', () => {
    const first = editedTwice();
    const restored = restoreRevision(library, first.id, 1, 3);
    expect(restored.revision).toBe(4);
    expect(restored.title).toBe('First title');
    expect(restored.status).toBe('announced');
    expect(restored.createdAt).toBe(first.createdAt);
    expect(library.get(first.id)).toEqual(restored);
    // Nothing was rewritten: revisions 1, 2 and 3 are all still there, 3 with its own content.
    const history = library.revisions(first.id);
    expect(history.map((entry) => entry.revision)).toEqual([3, 2, 1]);
    expect(history[0].development.title).toBe('Third title');
    expect(history[2].development.title).toBe('First title');
    // ...so the restore itself can be undone by restoring revision 3.
    expect(restoreRevision(library, first.id, 3, 4).title).toBe('Third title');
  });

  it('refuses a revision that is current, later or not kept, and a stale current revision', () => {
    const first = editedTwice();
    expect(thrownBy(() => restoreRevision(library, first.id, 3, 3)).code).toBe('BAD_ARGUMENTS');
    expect(thrownBy(() => restoreRevision(library, first.id, 9, 3)).message).toContain('not an earlier revision');
    const stale = thrownBy(() => restoreRevision(library, first.id, 1, 2));
    expect(stale.code).toBe('REVISION_CONFLICT');
    expect(stale.message).toContain('now revision 3');
    expect(thrownBy(() => restoreRevision(library, 'no-such-development', 1, 2)).code).toBe('NOT_FOUND');
    library.trash(first.id);
    expect(thrownBy(() => restoreRevision(library, first.id, 1, 3)).message).toContain('in the trash');
    expect(library.find(first.id)?.revision).toBe(3);
  });

  it('refuses a revision missing from the history without changing anything', () => {
    // A bundle import writes a development at revision 5 with no earlier states kept here.
    const created = library.create(developmentFields());
    library.put({ ...library.get(created.id), revision: 5 });
    const missing = thrownBy(() => restoreRevision(library, created.id, 2, 5));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('Revision 2 of this development is not kept in the library.');
    expect(library.get(created.id).revision).toBe(5);
  });
});

describe('library.restoreRevision through the contract', () => {
  let dir: string;
  let backend: Backend;
  beforeEach(() => {
    dir = makeTempDir();
    backend = startTestBackend(dir);
  });
  afterEach(async () => {
    await backend.close();
    removeTempDir(dir);
  });

  it('validates its arguments before any service runs', async () => {
    const call = (args: unknown) => dispatch(backend.handlers, 'library.restoreRevision', args);
    for (const args of [
      {},
      { id: 'Not An Id', revision: 1, currentRevision: 2 },
      { id: 'abc', revision: 0, currentRevision: 2 },
      { id: 'abc', revision: 1.5, currentRevision: 2 },
      { id: 'abc', revision: '1', currentRevision: 2 },
      { id: 'abc', revision: 1, currentRevision: 2, extra: true },
    ]) {
      const result = await call(args);
      expect(result.ok ? 'accepted' : result.error.code).toBe('BAD_ARGUMENTS');
    }
  });

  it('restores through the handlers, and the new revision is what library.get returns', async () => {
    const created = await backend.handlers['library.create']({ fields: developmentFields({ title: 'Before' }) });
    await backend.handlers['library.update']({ id: created.id, fields: developmentFields({ title: 'After' }), revision: 1 });
    const result = await dispatch(backend.handlers, 'library.restoreRevision', { id: created.id, revision: 1, currentRevision: 2 });
    expect(result.ok && result.value).toMatchObject({ title: 'Before', revision: 3 });
    expect((await backend.handlers['library.get']({ id: created.id })).title).toBe('Before');
  });
});

describe('revisionChanges', () => {
  const base = { ...developmentFields(), id: 'a', revision: 1, createdAt: 't', updatedAt: 't' };

  it('lists only the fields that differ, lists and dates as text', () => {
    const after = {
      ...base,
      revision: 2,
      title: 'New title',
      keyPoints: [...base.keyPoints, { id: 'kp-2', text: 'A second point.' }],
      keyDates: [{ date: '2026-01-01', label: 'Takes effect' }],
      topics: ['trade', 'AI governance'],
      summaryProvenance: 'machine' as const,
    };
    expect(revisionChanges(base, after)).toEqual([
      { label: 'Title', before: 'Ordinary development', after: 'New title' },
      { label: 'Summary provenance', before: 'reviewed by a person', after: 'proposed by Brieflink' },
      { label: 'Key points', before: 'An ordinary key point.', after: 'An ordinary key point.\nA second point.' },
      { label: 'Key dates', before: '', after: '2026-01-01: Takes effect' },
      { label: 'Topics', before: 'trade', after: 'trade, AI governance' },
    ]);
    expect(revisionChanges(base, { ...base, revision: 2, updatedAt: 'later' })).toEqual([]);
  });

  it('says whether a revision was a machine proposal or reviewed', () => {
    expect(revisionOrigin(base)).toBe('reviewed by a person');
    expect(revisionOrigin({ ...base, keyPointsProvenance: 'machine' })).toBe('machine proposal, not yet reviewed');
  });
});
