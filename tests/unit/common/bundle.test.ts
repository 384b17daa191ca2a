import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../../../common/bundle';
import type { Development } from '../../../common/development';
import type { Backend } from '../../../electron/services/bootstrap';
import { exportBundle, importBundle, parseBundle, resolveConflict } from '../../../electron/services/library/bundle';
import { DEFAULT_DEVELOPMENTS } from '../../../electron/services/library/defaultDevelopments';
import { openLibrary, type LibraryService } from '../../../electron/services/library/library';
import { makeTempDir, removeTempDir, startTestBackend } from '../../support/backendFixture';
import { callMethod } from '../../support/callMethod';

let dir: string;
let mine: LibraryService;
let theirs: LibraryService;
beforeEach(() => {
  dir = makeTempDir('brieflink-bundle-');
  mine = openLibrary(path.join(dir, 'mine.db'), { seed: DEFAULT_DEVELOPMENTS });
  theirs = openLibrary(path.join(dir, 'theirs.db'), { seed: DEFAULT_DEVELOPMENTS });
});
afterEach(() => {
  mine.close();
  theirs.close();
  removeTempDir(dir);
});

const ID = 'india-deepfake-two-hour-takedown-rule';
const edit = (library: LibraryService, change: Partial<Development>) => {
  const current = library.get(ID);
  return library.update(ID, { ...current, ...change }, current.revision);
};
/** Sends a bundle through its file form, as a colleague's file would arrive. */
const roundTrip = (bundle: Bundle) => parseBundle('colleague.json', JSON.stringify(bundle));
const fromTheirs = () => roundTrip(exportBundle(theirs, '', {}));

describe('merging a colleague bundle', () => {
  it('adds what is new and leaves identical entries alone', () => {
    const fresh = openLibrary(path.join(dir, 'fresh.db'));
    try {
      expect(importBundle(fresh, fromTheirs())).toMatchObject({ added: DEFAULT_DEVELOPMENTS.length, conflicts: [] });
      expect(fresh.get(ID)).toEqual(theirs.get(ID));
      expect(importBundle(fresh, fromTheirs())).toMatchObject({ added: 0, updated: 0, unchanged: DEFAULT_DEVELOPMENTS.length, conflicts: [] });
    } finally {
      fresh.close();
    }
  });

  it('takes a later revision built on mine, keeping my state as a revision', () => {
    edit(theirs, { title: 'Their better title' });
    edit(theirs, { notes: 'Their note' });
    expect(importBundle(mine, fromTheirs())).toMatchObject({ updated: 1, conflicts: [] });
    expect(mine.get(ID)).toMatchObject({ title: 'Their better title', notes: 'Their note', revision: 3 });
    expect(mine.revisions(ID).map((r) => r.revision)).toEqual([1]);
  });

  it('keeps my later revision when theirs is an earlier state of it', () => {
    edit(mine, { title: 'My newer title' });
    expect(importBundle(mine, fromTheirs())).toMatchObject({ keptNewer: 1, updated: 0, conflicts: [] });
    expect(mine.get(ID).title).toBe('My newer title');
  });

  it('reports a conflict when both sides edited since the common revision, and changes nothing', () => {
    edit(mine, { title: 'My title' });
    edit(theirs, { title: 'Their title' });
    edit(theirs, { summary: 'Their summary' });
    const result = importBundle(mine, fromTheirs());
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({
      reason: 'both edited since the common revision',
      mine: { id: ID, title: 'My title', revision: 2 },
      theirs: { id: ID, title: 'Their title', revision: 3 },
    });
    expect(mine.get(ID)).toMatchObject({ title: 'My title', revision: 2 });
  });

  it('reports a conflict for the same id at the same revision with different content', () => {
    edit(mine, { title: 'My title' });
    edit(theirs, { title: 'Their title' });
    expect(importBundle(mine, fromTheirs()).conflicts).toMatchObject([{ reason: 'same revision, different content' }]);
    expect(mine.get(ID).title).toBe('My title');
  });

  it('resolves a conflict by keeping mine, taking theirs (a new revision) or keeping both', () => {
    edit(mine, { title: 'My title' });
    edit(theirs, { title: 'Their title' });
    const [conflict] = importBundle(mine, fromTheirs()).conflicts;

    expect(resolveConflict(mine, 'keep mine', conflict.theirs).title).toBe('My title');
    expect(mine.get(ID)).toMatchObject({ title: 'My title', revision: 2 });

    const both = resolveConflict(mine, 'keep both', conflict.theirs);
    expect(both.id).not.toBe(ID);
    expect(both).toMatchObject({ title: 'Their title', revision: 1 });
    expect(mine.get(ID).title).toBe('My title');

    const taken = resolveConflict(mine, 'take theirs', conflict.theirs);
    expect(taken).toMatchObject({ id: ID, title: 'Their title', revision: 3 });
    const seedTitle = DEFAULT_DEVELOPMENTS.find((d) => d.id === ID)!.title;
    expect(mine.revisions(ID).map((r) => r.development.title)).toEqual(['My title', seedTitle]);
    // Once resolved, the same bundle merges without conflict.
    expect(importBundle(mine, fromTheirs()).conflicts).toEqual([]);
  });

  it('exports a filtered selection only', () => {
    const bundle = exportBundle(mine, '', { topic: 'robotics' });
    expect(bundle.entries.map((e) => e.development.id)).toEqual(['japan-elder-care-companion-robot-wolf']);
    expect(exportBundle(mine, 'deepfake', {}).entries.map((e) => e.development.id)).toContain(ID);
    expect(bundle).toMatchObject({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION });
  });
});

describe('bad bundles', () => {
  it('refuses a bundle from a newer version with a clear message', () => {
    const newer = JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION + 1, somethingNew: true });
    expect(() => parseBundle('future.json', newer)).toThrow(
      `future.json: this bundle was made by a newer version of Brieflink (bundle format ${BUNDLE_VERSION + 1}; this version reads up to ${BUNDLE_VERSION}). Update Brieflink to import it.`,
    );
  });

  it('refuses something that is not a bundle, or a damaged one', () => {
    expect(() => parseBundle('a.json', '{not json')).toThrow('a.json: this is not a Brieflink library bundle (it is not JSON).');
    expect(() => parseBundle('b.json', '{"format":"other"}')).toThrow('b.json: this is not a Brieflink library bundle.');
    const damaged = { ...exportBundle(mine, '', {}), entries: [{ development: { id: 'x' }, history: [] }] };
    expect(() => parseBundle('c.json', JSON.stringify(damaged))).toThrow(/^c\.json: this bundle is damaged/);
  });
});

describe('bundle methods through the contract', () => {
  let dataDir: string;
  let backend: Backend;
  beforeEach(() => {
    dataDir = makeTempDir('brieflink-bundle-host-');
    backend = startTestBackend(dataDir);
  });
  afterEach(async () => {
    await backend.close();
    removeTempDir(dataDir);
  });

  it('hands the bundle to the browser as a download and reads it back', async () => {
    const outcome = await callMethod(backend.handlers, 'library.exportBundle', { filters: { jurisdiction: 'India' } });
    if (!outcome.ok || outcome.value.outcome.delivery !== 'download') throw new Error('expected a download');
    const file = outcome.value.outcome;
    expect(file.fileName).toMatch(/^brieflink-library-\d{4}-\d{2}-\d{2}\.brieflink-bundle\.json$/);
    expect(file.mimeType).toBe('application/json');
    expect(outcome.value.count).toBe(1);
    const back = await callMethod(backend.handlers, 'library.importBundle', { fileName: 'b.json', dataBase64: file.dataBase64 });
    expect(back).toMatchObject({ ok: true, value: { unchanged: 1, conflicts: [] } });
    const newer = Buffer.from(JSON.stringify({ format: BUNDLE_FORMAT, version: 99 })).toString('base64');
    expect(await callMethod(backend.handlers, 'library.importBundle', { fileName: 'n.json', dataBase64: newer })).toMatchObject({
      ok: false,
      error: { code: 'BUNDLE_FROM_NEWER_VERSION' },
    });
  });
});
