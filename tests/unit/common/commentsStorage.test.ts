import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommentEdit, type CommentThread } from '../../../common/comments';
import { editorState, paragraphNode, textNode } from '../../../common/editorState';
import { createNoteHistory, type NoteHistory } from '../../../electron/services/notes/history';
import { createNoteService, type NoteService } from '../../../electron/services/notes/noteService';
import { createSnapshotStore, type SnapshotStore } from '../../../electron/services/notes/snapshots';
import { createTemplateService } from '../../../electron/services/templates';
import { openWorkspace, type Workspace } from '../../../electron/services/workspace';
import { BUILT_IN_TEMPLATES_DIR, makeTempDir, removeTempDir } from '../../support/backendFixture';
import { steppingClock } from '../../support/serviceHelpers';

const body = editorState([
  paragraphNode([textNode('The grant covers '), { type: 'mark', ids: ['t1'], children: [textNode('forty towns')], direction: null, format: '', indent: 0, version: 1 }, textNode('.')]),
]);
const threads: CommentThread[] = applyCommentEdit([], {
  type: 'add',
  id: 't1',
  author: { name: 'Ada Analyst', initials: 'AA', office: 'Legal' },
  createdAt: '2026-03-01T09:00:00.000Z',
  text: 'Which towns?',
});

describe('comments in the note file', () => {
  let root: string;
  let workspace: Workspace;
  let notes: NoteService;
  let snapshots: SnapshotStore;
  let history: NoteHistory;

  beforeEach(() => {
    root = makeTempDir('brieflink-comments-');
    workspace = openWorkspace(root);
    const clock = steppingClock();
    notes = createNoteService(workspace, clock);
    snapshots = createSnapshotStore(workspace, clock);
    history = createNoteHistory(notes, snapshots, clock);
  });
  afterEach(() => removeTempDir(root));

  const commentedNote = () => {
    const note = notes.create(createTemplateService(BUILT_IN_TEMPLATES_DIR, workspace.userTemplatesDir).get('decision-note'), {});
    notes.save(note.id, note.metadata, body, note.revision, { comments: threads });
    return notes.open(note.id);
  };

  it('are saved with the body that holds their marks, as format 4, and read back', () => {
    const note = commentedNote();
    expect(note.comments).toEqual(threads);
    expect(JSON.parse(fs.readFileSync(notes.fileOf(note.id), 'utf8'))).toMatchObject({ formatVersion: 4, comments: threads });
    // A save without comments leaves them as they are.
    notes.save(note.id, note.metadata, body, note.revision);
    expect(notes.open(note.id).comments).toEqual(threads);
  });

  it('are kept by a duplicate and brought back by restoring a version from history', () => {
    const note = commentedNote();
    expect(notes.duplicate(note.id).comments).toEqual(threads);

    const before = snapshots.take(note, 'export');
    notes.save(note.id, note.metadata, editorState([paragraphNode([textNode('Rewritten.')])]), note.revision, { comments: [] });
    expect(notes.open(note.id).comments).toBeUndefined();
    const restored = history.restore(note.id, before.id);
    expect(restored.comments).toEqual(threads);
    expect(notes.open(note.id).comments).toEqual(threads);
  });
});
