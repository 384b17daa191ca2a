import { describe, expect, it } from 'vitest';
import type { Development } from '../../../../common/development';
import { SNIPPET_FORMAT_VERSION, type SnippetData } from '../../../../common/snippet';
import type { SnippetStatus } from '../../../../common/snippetStatus';
import { createSnippetTracker, type SnippetEntry } from '../../../../renderer/editor/snippetTracker';

function snippet(id: string, developmentId = `dev-${id}`, sourceRevision = 1): SnippetData {
  return {
    formatVersion: SNIPPET_FORMAT_VERSION,
    id,
    source: { developmentId, title: `Title of ${developmentId}`, publisher: 'Publisher', publishedDate: '2026-02-01', url: null },
    origin: { kind: 'summary' },
    sourceRevision,
    insertedText: `Text of ${id}`,
  };
}

function entry(key: string, data = snippet(key), overrides: Partial<SnippetEntry> = {}): SnippetEntry {
  return { key, snippet: data, text: data.insertedText, frozen: false, ...overrides };
}

const status = (position: number, state: SnippetStatus['state'], more: Partial<SnippetStatus> = {}): SnippetStatus => ({
  snippetId: null,
  position,
  developmentId: null,
  state,
  ...more,
});

describe('the snippet tracker', () => {
  it('asks for a check when a snippet comes, goes, or changes its source or frozen state; not when only its text changes', () => {
    const tracker = createSnippetTracker();
    const a = entry('1');
    expect(tracker.put(a)).toBe(true);
    expect(tracker.put({ ...a })).toBe(false);
    expect(tracker.put({ ...a, snippet: { ...a.snippet, sourceRevision: 2 } })).toBe(true);
    expect(tracker.put({ ...a, snippet: tracker.info('1')!.snippet, frozen: true })).toBe(true);
    expect(tracker.setText('1', 'Typed over')).toBe(true);
    expect(tracker.setText('1', 'Typed over')).toBe(false);
    expect(tracker.setText('unknown', 'x')).toBe(false);
    expect(tracker.remove('1')).toBe(true);
    expect(tracker.remove('1')).toBe(false);
    expect(tracker.tracks('1')).toBe(false);
  });

  it('is "checking" until the back end answers, then takes each answer by position among the snippets sent', () => {
    const tracker = createSnippetTracker();
    tracker.put(entry('1'));
    tracker.put(entry('2', snippet('2'), { frozen: true }));
    tracker.put(entry('3', snippet('3', 'dev-3', 1)));
    expect(tracker.info('1')!.state).toBe('checking');
    expect(tracker.info('2')!.state).toBe('frozen');

    const check = tracker.startCheck()!;
    // Frozen snippets never change: they are not sent.
    expect(check.sent.map((sent) => sent.key)).toEqual(['1', '3']);
    const sentNodes = (check.body.root.children[0] as unknown as { children: { snippet: SnippetData }[] }).children;
    expect(sentNodes.map((node) => node.snippet.id)).toEqual(['1', '3']);

    expect(tracker.finishCheck(check, { snippets: [status(0, 'missing'), status(1, 'outdated', { currentRevision: 4, currentText: 'Now' })] })).toBe(true);
    expect(tracker.info('1')!.state).toBe('missing');
    expect(tracker.info('3')).toMatchObject({ state: 'outdated', current: { text: 'Now', revision: 4 } });
  });

  it('drops the answer to a check overtaken by a later one', () => {
    const tracker = createSnippetTracker();
    tracker.put(entry('1'));
    const first = tracker.startCheck()!;
    const second = tracker.startCheck()!;
    expect(tracker.finishCheck(first, { snippets: [status(0, 'missing')] })).toBe(false);
    expect(tracker.info('1')!.state).toBe('checking');
    expect(tracker.finishCheck(second, { snippets: [status(0, 'current')] })).toBe(true);
    expect(tracker.info('1')!.state).toBe('current');
  });

  it('has nothing to check when every snippet is frozen, and that makes older answers stale too', () => {
    const tracker = createSnippetTracker();
    tracker.put(entry('1'));
    const pending = tracker.startCheck()!;
    tracker.put(entry('1', tracker.info('1')!.snippet, { frozen: true }));
    expect(tracker.startCheck()).toBeNull();
    expect(tracker.finishCheck(pending, { snippets: [status(0, 'outdated', { currentRevision: 2 })] })).toBe(false);
  });

  it('counts a snippet reviewed since the answer as current, and a damaged one as missing', () => {
    const tracker = createSnippetTracker();
    tracker.put(entry('1', snippet('1', 'dev-1', 1)));
    tracker.put(entry('2'));
    tracker.finishCheck(tracker.startCheck()!, { snippets: [status(0, 'outdated', { currentRevision: 3, currentText: 'New' }), status(1, 'damaged')] });
    expect(tracker.info('1')!.state).toBe('outdated');
    expect(tracker.info('2')!.state).toBe('missing');
    // "Keep mine" records the revision reviewed on the node.
    tracker.put(entry('1', snippet('1', 'dev-1', 3)));
    expect(tracker.info('1')!.state).toBe('current');
  });

  it('marks a snippet whose source the note keeps in its own, differing, version', () => {
    const tracker = createSnippetTracker();
    tracker.put(entry('1', snippet('1', 'shared')));
    const versions = { library: { id: 'shared' } as Development, note: { id: 'shared' } as Development };
    tracker.setColliding(new Map([['shared', versions]]));
    expect(tracker.info('1')).toMatchObject({ state: 'differs', differs: versions });
  });

  it('says it is edited when its text is no longer the text inserted', () => {
    const tracker = createSnippetTracker();
    tracker.put(entry('1'));
    expect(tracker.info('1')!.edited).toBe(false);
    tracker.setText('1', 'Mine now');
    expect(tracker.info('1')).toMatchObject({ edited: true, text: 'Mine now' });
  });

  it('publishes only when something shown changed', () => {
    const tracker = createSnippetTracker();
    expect(tracker.publish()).toEqual({ infos: [], changed: false });
    tracker.put(entry('1'));
    const first = tracker.publish();
    expect(first.changed).toBe(true);
    expect(first.infos.map((info) => info.key)).toEqual(['1']);
    expect(tracker.publish().changed).toBe(false);
    // Typing changes the text; shown is whether it is edited.
    tracker.setText('1', 'Text of 1 and more');
    expect(tracker.publish().changed).toBe(true);
    tracker.setText('1', 'Text of 1 and even more');
    expect(tracker.publish().changed).toBe(false);
    tracker.finishCheck(tracker.startCheck()!, { snippets: [status(0, 'current')] });
    expect(tracker.publish().changed).toBe(true);
    tracker.remove('1');
    expect(tracker.publish()).toEqual({ infos: [], changed: true });
  });

  it('gives a chip its marks once, again when they change, and again when its element was made anew', () => {
    const tracker = createSnippetTracker();
    tracker.put(entry('1'));
    const checking = tracker.info('1')!;
    expect(tracker.marksToWrite(checking, undefined)).toEqual({ state: 'checking', edited: false, status: '' });
    expect(tracker.marksToWrite(checking, 'checking')).toBeNull();
    // The editor made the chip's element anew: it carries no marks.
    expect(tracker.marksToWrite(checking, undefined)).not.toBeNull();

    tracker.finishCheck(tracker.startCheck()!, { snippets: [status(0, 'outdated', { currentRevision: 2 })] });
    expect(tracker.marksToWrite(tracker.info('1')!, 'checking')).toEqual({ state: 'outdated', edited: false, status: ' · source updated' });
    tracker.setText('1', 'Edited');
    expect(tracker.marksToWrite(tracker.info('1')!, 'outdated')).toEqual({ state: 'outdated', edited: true, status: ' · source updated' });

    // A node changed by the editor (put again) has its chip written again even if the marks are the same.
    tracker.put({ ...entry('1', tracker.info('1')!.snippet), text: 'Edited' });
    expect(tracker.marksToWrite(tracker.info('1')!, 'outdated')).not.toBeNull();
  });
});
