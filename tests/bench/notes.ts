// Notes list, save with its autosave snapshot, history and restore: service timings on real files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import { createNoteService } from '../../electron/services/notes/noteService';
import { createNoteHistory } from '../../electron/services/notes/history';
import { createSnapshotStore } from '../../electron/services/notes/snapshots';
import { createTemplateService } from '../../electron/services/templates';
import { openWorkspace } from '../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR } from '../support/backendFixture';

const PARAGRAPH =
  'Officials expect a formal announcement within sixty days, after an interagency review by Defense, State and the Trade Representative. ';

function time(samples: number[], fn: () => unknown): void {
  const start = performance.now();
  fn();
  samples.push(performance.now() - start);
}

export function notesBench(stats: (samples: number[]) => string): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'brieflink-bench-notes-'));
  const workspace = openWorkspace(root);
  const template = createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir).get('decision-note');
  // A clock that moves six minutes per call, so every save is due an autosave snapshot.
  let t = Date.parse('2026-01-01T09:00:00.000Z');
  const clock = () => new Date((t += 6 * 60_000));
  const notes = createNoteService(workspace, clock);
  const snapshots = createSnapshotStore(workspace, clock);
  const history = createNoteHistory(notes, snapshots, clock);

  for (let i = 0; i < 500; i++) {
    const note = notes.create(template, {});
    notes.rename(note.id, `Briefing ${i}`, note.revision);
  }
  const list: number[] = [];
  for (let i = 0; i < 20; i++) time(list, () => notes.list());

  // About forty pages: 600 paragraphs under 30 headings.
  const body = editorState(
    Array.from({ length: 600 }, (_, i) => (i % 20 === 0 ? headingNode('h2', `Section ${i / 20}`) : paragraphNode([textNode(PARAGRAPH.repeat(3))]))),
  );
  const big = notes.create(template, {});
  const size = Buffer.byteLength(JSON.stringify(body));
  const save: number[] = [];
  const saveWithSnapshot: number[] = [];
  let revision = big.revision;
  for (let i = 0; i < 60; i++) {
    time(save, () => (revision = notes.save(big.id, big.metadata, body, revision).revision));
    time(saveWithSnapshot, () => {
      revision = notes.save(big.id, big.metadata, body, revision).revision;
      snapshots.takeIfDue(big.id, () => notes.open(big.id));
    });
  }
  const listHistory: number[] = [];
  for (let i = 0; i < 50; i++) time(listHistory, () => snapshots.list(big.id));
  const [newest] = snapshots.list(big.id);
  const restore: number[] = [];
  for (let i = 0; i < 10; i++) time(restore, () => history.restore(big.id, newest.id));
  fs.rmSync(root, { recursive: true, force: true });

  console.log('Notes (service, real files):');
  console.log(`  list of 500 notes                      ${stats(list)}`);
  console.log(`  save of a ${(size / 1024).toFixed(0)} KB note                  ${stats(save)}`);
  console.log(`  the same save plus an autosave snapshot ${stats(saveWithSnapshot)}`);
  console.log(`  list its history (50 kept)             ${stats(listHistory)}`);
  console.log(`  restore a snapshot (snapshot first)    ${stats(restore)}`);
}
