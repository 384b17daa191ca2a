import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARK_NODE_TYPE, type CommentAuthor, type CommentThread } from '../../../../../common/comments';
import type { ClearanceEntry } from '../../../../../common/clearance';
import { dispatch } from '../../../../../common/dispatch';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../../../../common/editorState';
import type { Note } from '../../../../../common/note';
import { SHARED_NOTE_FORMAT, SHARED_NOTE_VERSION, type SharedNoteImportResult } from '../../../../../common/noteShare';
import { SUGGESTION_NODE_TYPE, type SuggestionKind } from '../../../../../common/suggestions';
import type { Backend } from '../../../../../electron/services/bootstrap';
import { makeTempDir, removeTempDir, startTestBackend } from '../../../../support/backendFixture';
import { makeNote } from '../../../../support/noteFiles';

const REVIEWER: CommentAuthor = { name: 'Rae Reviewer', initials: 'RR', office: 'Legal Services' };
const AUTHOR: CommentAuthor = { name: 'Ana Author', initials: 'AA', office: 'Trade Policy' };
const AT = '2026-03-02T09:00:00.000Z';
const PENDING: ClearanceEntry = { id: 'legal', step: 'consulted', office: 'Legal Services', name: 'Rae Reviewer', outcome: 'pending', remark: '' };

const mark = (id: string, text: string): SerializedNode => ({ type: MARK_NODE_TYPE, version: 1, ids: [id], children: [textNode(text)], direction: null, format: '', indent: 0 });
const suggestion = (id: string, kind: SuggestionKind, text: string): SerializedNode => ({
  type: SUGGESTION_NODE_TYPE,
  version: 1,
  suggestionId: id,
  kind,
  author: REVIEWER,
  createdAt: AT,
  children: [textNode(text)],
  direction: null,
  format: '',
  indent: 0,
});
const thread = (id: string, author: CommentAuthor, text: string, replies: CommentThread['replies'] = []): CommentThread => ({ id, author, createdAt: AT, text, resolved: false, replies });

/** Each inline node of the body's paragraph as [type, its id, its text]: what a merge must have put where. */
function inlineShape(note: Note): [string, string, string][] {
  const paragraph = note.body.root.children[1]!;
  const textOf = (node: SerializedNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));
  const shape = (paragraph.children ?? []).map((node): [string, string, string] => [
    node.type === SUGGESTION_NODE_TYPE ? `${node.type}:${String(node.kind)}` : node.type,
    node.type === MARK_NODE_TYPE ? (node.ids as string[]).join() : node.type === SUGGESTION_NODE_TYPE ? String(node.suggestionId) : '',
    textOf(node),
  ]);
  // Runs of plain text split by the merge read as one.
  return shape.reduce<[string, string, string][]>((out, item) => {
    const last = out.at(-1);
    if (last && last[0] === 'text' && item[0] === 'text') last[2] += item[2];
    else out.push(item);
    return out;
  }, []);
}

describe('importing a shared note that is already here', () => {
  let dataDir: string;
  let backend: Backend;
  const mine: Note = {
    ...makeNote({ id: 'shared-brief', subject: 'Rural broadband', text: 'The grant covers forty towns this year. Funding ends in March.' }),
    comments: [thread('author-question', AUTHOR, 'Is forty right?')],
    clearance: [PENDING],
  };
  const file = () => path.join(dataDir, 'notes', `${mine.id}.note.json`);
  const saved = () => JSON.parse(fs.readFileSync(file(), 'utf8')) as Note;
  /** The reviewer's copy: their comment and reply, their suggested change, and their clearance recorded. */
  const theirs: Note = {
    ...mine,
    body: editorState([
      mine.body.root.children[0]!,
      paragraphNode([
        textNode('The grant covers '),
        mark('author-question', 'forty'),
        textNode(' '),
        mark('reviewer-thread', 'towns'),
        textNode(' this year. Funding ends in '),
        suggestion('reviewer-deletion', 'delete', 'March'),
        suggestion('reviewer-insertion', 'insert', 'June'),
        textNode('.'),
      ]),
    ]),
    comments: [
      thread('author-question', AUTHOR, 'Is forty right?', [{ id: 'reviewer-reply', author: REVIEWER, createdAt: AT, text: 'Yes, per the grant letter.' }]),
      thread('reviewer-thread', REVIEWER, 'Name the towns.'),
    ],
    clearance: [{ ...PENDING, outcome: 'cleared', date: '2026-03-02', clearedRevision: 7 }],
  };
  const upload = (note: Note) => ({
    fileName: 'from-legal.brieflink-note.json',
    dataBase64: Buffer.from(JSON.stringify({ format: SHARED_NOTE_FORMAT, version: SHARED_NOTE_VERSION, exportedAt: AT, note, sources: [] })).toString('base64'),
  });
  const importShared = async (note: Note): Promise<SharedNoteImportResult> => {
    const result = await dispatch(backend.handlers, 'notes.importShared', upload(note));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as SharedNoteImportResult;
  };

  beforeEach(() => {
    dataDir = makeTempDir('brieflink-merge-shared-');
    fs.mkdirSync(path.join(dataDir, 'notes'), { recursive: true });
    // The mark of the author's own comment, as their editor saved it.
    const body = structuredClone(mine.body);
    body.root.children[1]!.children = [textNode('The grant covers '), mark('author-question', 'forty'), textNode(' towns this year. Funding ends in March.')];
    fs.writeFileSync(file(), JSON.stringify({ ...mine, body }));
    backend = startTestBackend(dataDir);
  });
  afterEach(async () => {
    await backend.close();
    removeTempDir(dataDir);
  });

  it('merges the reviewer’s comments, reply, suggestions and clearance into the note by id, once', async () => {
    const result = await importShared(theirs);
    expect(result).toMatchObject({ renamed: false, note: { id: mine.id } });
    expect(result.notMerged).toBeUndefined();
    expect(result.merged).toBe(
      "Imported 1 comment and 1 reply from “from-legal.brieflink-note.json”. 1 comment was already in the note. 2 suggestions were added under their authors' names, to accept or reject in the Review panel. 1 pending clearance now records the outcome from their copy. The note as it was is kept in History.",
    );

    const note = saved();
    expect(inlineShape(note)).toEqual(inlineShape(theirs));
    expect(note.comments).toEqual(theirs.comments);
    // The outcome is theirs; which version it cleared is this note's own (the merge's revision).
    expect(note.clearance).toEqual([{ ...PENDING, outcome: 'cleared', date: '2026-03-02', clearedRevision: note.revision }]);
    const history = await backend.handlers['notes.history.list']({ noteId: mine.id });
    expect(history.map((entry) => entry.reason).sort()).toEqual(['before-review-import', 'cleared']);
    expect(await dispatch(backend.handlers, 'notes.list', {})).toMatchObject({ ok: true, value: [{ id: mine.id }] });

    // The same copy again adds nothing, and writes nothing.
    const again = await importShared(theirs);
    expect(again.merged).toBe('It adds nothing the note does not have: no new comments, suggestions or clearances.');
    expect(saved().revision).toBe(note.revision);
  });

  it('merges a paragraph break the reviewer suggested, by id, once', async () => {
    const split = structuredClone(mine);
    const heading = mine.body.root.children[0]!;
    split.body = editorState([
      heading,
      paragraphNode([textNode('The grant covers '), mark('author-question', 'forty'), textNode(' towns this year.')]),
      { ...paragraphNode([textNode(' Funding ends in March.')]), $: { suggestedBreak: { suggestionId: 'reviewer-break', kind: 'insert', author: REVIEWER, createdAt: AT } } },
    ]);
    const result = await importShared(split);
    expect(result.notMerged).toBeUndefined();
    expect(result.merged).toContain("1 suggestion was added under their authors' names");
    const blocks = saved().body.root.children;
    expect(blocks.slice(1).map((block) => (block.children ?? []).map((child) => child.text ?? (child.children ?? []).map((inner) => inner.text).join('')).join(''))).toEqual([
      'The grant covers forty towns this year.',
      ' Funding ends in March.',
    ]);
    expect(blocks[2]!.$).toEqual({ suggestedBreak: { suggestionId: 'reviewer-break', kind: 'insert', author: REVIEWER, createdAt: AT } });

    const again = await importShared(split);
    expect(again.merged).toBe('It adds nothing the note does not have: no new comments, suggestions or clearances.');
  });

  it('merges a type change the reviewer suggested, by id, once; one on a block whose type changed here since is not merged, and the merge says so', async () => {
    const restyled = structuredClone(mine);
    const typeChange = { suggestionId: 'reviewer-style', from: 'paragraph', author: REVIEWER, createdAt: AT };
    const paragraph = saved().body.root.children[1]!;
    restyled.body = editorState([mine.body.root.children[0]!, { ...paragraph, type: 'quote', $: { suggestedBlockType: typeChange } }]);
    const result = await importShared(restyled);
    expect(result.notMerged).toBeUndefined();
    expect(result.merged).toContain("1 suggestion was added under their authors' names");
    const merged = saved().body.root.children[1]!;
    expect(merged).toMatchObject({ type: 'quote', $: { suggestedBlockType: typeChange }, children: paragraph.children });
    expect(saved().formatVersion).toBe(8);

    const again = await importShared(restyled);
    expect(again.merged).toBe('It adds nothing the note does not have: no new comments, suggestions or clearances.');

    // Here the paragraph has become a heading since: their change from a paragraph is not merged.
    const mineNow = saved();
    mineNow.body.root.children[1] = { ...paragraph, type: 'heading', tag: 'h3' };
    fs.writeFileSync(file(), JSON.stringify(mineNow));
    const other = structuredClone(restyled);
    other.body.root.children[1]!.$ = { suggestedBlockType: { ...typeChange, suggestionId: 'reviewer-style-2' } };
    const refused = await importShared(other);
    expect(refused.merged).toBe("It adds nothing the note does not have: no new comments, suggestions or clearances. 1 suggested type change was not merged: the paragraph's type, or a change of it, differs here.");
    expect(saved().body.root.children[1]).toMatchObject({ type: 'heading', tag: 'h3' });
    expect(saved().body.root.children[1]!.$).toBeUndefined();
  });

  it('merges a paragraph move the reviewer suggested, by id, once: the paragraph goes where they put it and a stand-in stays where it was', async () => {
    const here = saved();
    const [heading, paragraph] = here.body.root.children as SerializedNode[];
    const move = (side: 'from' | 'to') => ({ suggestedMove: { suggestionId: 'reviewer-move', side, author: REVIEWER, createdAt: AT } });
    const standIn = { ...paragraphNode([textNode('The grant covers forty towns this year. Funding ends in March.')]), $: move('from') };
    const moved = structuredClone(mine);
    moved.body = editorState([{ ...paragraph!, $: move('to') }, heading!, standIn]);
    const result = await importShared(moved);
    expect(result.notMerged).toBeUndefined();
    expect(result.merged).toContain("1 suggestion was added under their authors' names");
    expect(saved().body.root.children).toEqual([{ ...paragraph!, $: move('to') }, heading!, standIn]);

    const again = await importShared(moved);
    expect(again.merged).toBe('It adds nothing the note does not have: no new comments, suggestions or clearances.');

    // A second colleague's copy without the move, with a comment and a type change on that paragraph: both land on the moved paragraph, which the move's decision keeps, not on its stand-in.
    const other = structuredClone(mine);
    const commented = { ...paragraph!, children: [...(paragraph!.children ?? []).slice(0, -1), textNode(' towns this year. Funding ends in '), mark('second-thread', 'March'), textNode('.')] };
    other.body = editorState([heading!, { ...commented, type: 'quote', $: { suggestedBlockType: { suggestionId: 'second-style', from: 'paragraph', author: REVIEWER, createdAt: AT } } }]);
    other.comments = [...(mine.comments ?? []), thread('second-thread', REVIEWER, 'Why March?')];
    const second = await importShared(other);
    expect(second.notMerged).toBeUndefined();
    const [movedNow, headingNow, standInNow] = saved().body.root.children as SerializedNode[];
    expect(movedNow).toMatchObject({ type: 'quote', $: { suggestedMove: { side: 'to' }, suggestedBlockType: { suggestionId: 'second-style' } } });
    expect(JSON.stringify(movedNow)).toContain('second-thread');
    expect(headingNow).toEqual(heading);
    expect(standInNow).toEqual(standIn);
  });

  it('merges two moves that meet: a paragraph moved before another one’s stand-in lands there', async () => {
    const para = (text: string) => paragraphNode([textNode(text)]);
    const [X, B2, Y, B1, Z] = ['X is first.', 'B2 moves down.', 'Y stays.', 'B1 moves up.', 'Z is last.'].map(para);
    fs.writeFileSync(file(), JSON.stringify({ ...mine, comments: [], body: editorState([X!, B2!, Y!, B1!, Z!]) }));
    const move = (id: string, side: 'from' | 'to') => ({ suggestedMove: { suggestionId: id, side, author: REVIEWER, createdAt: AT } });
    const standIn = (block: SerializedNode, id: string) => ({ ...para(block.children![0]!.text!), $: move(id, 'from') });
    const expected = [{ ...B1!, $: move('m1', 'to') }, X!, standIn(B2!, 'm2'), Y!, { ...B2!, $: move('m2', 'to') }, standIn(B1!, 'm1'), Z!];
    const result = await importShared({ ...mine, comments: [], body: editorState(expected) });
    expect(result.notMerged).toBeUndefined();
    expect(result.merged).toContain("2 suggestions were added under their authors' names");
    expect(saved().body.root.children).toEqual(expected);
  });

  it('adds a second copy, named as such, when the text was changed other than by suggestions, and leaves the note as it was', async () => {
    const before = fs.readFileSync(file(), 'utf8');
    const edited = structuredClone(theirs);
    edited.body.root.children[1]!.children!.push(textNode(' A new sentence typed outside Suggest changes.'));
    const result = await importShared(edited);
    expect(result.renamed).toBe(true);
    expect(result.note.id).not.toBe(mine.id);
    expect(result.merged).toBeUndefined();
    expect(result.notMerged).toBe(
      'from-legal.brieflink-note.json: its text no longer matches this note from the paragraph “The grant covers forty towns this year. Funding ends in March.”: their copy has “The grant covers forty towns this year. Funding ends in March. A new sentence t…” there. Only a copy whose text was changed by suggestions alone can be merged.',
    );
    expect(fs.readFileSync(file(), 'utf8')).toBe(before);
    // The new note keeps their outcome but not the revision it cleared: its History has none of their versions.
    const copy = JSON.parse(fs.readFileSync(path.join(dataDir, 'notes', `${result.note.id}.note.json`), 'utf8')) as Note;
    expect(copy.clearance).toEqual([{ ...PENDING, outcome: 'cleared', date: '2026-03-02' }]);
  });

  it('merges a formatting suggestion with the text made as it suggests', async () => {
    const formatted = structuredClone(theirs);
    formatted.comments = mine.comments;
    formatted.clearance = mine.clearance;
    formatted.body.root.children[1]!.children = [
      textNode('The grant covers '),
      mark('author-question', 'forty'),
      textNode(' towns this year. Funding ends in '),
      { ...suggestion('reviewer-bold', 'format', ''), formatChange: { format: 'bold', on: true }, children: [{ ...textNode('March'), format: 1 }] },
      textNode('.'),
    ];
    const result = await importShared(formatted);
    expect(result.merged).toContain('1 suggestion was added');
    const paragraph = saved().body.root.children[1]!;
    const bold = paragraph.children!.find((node) => node.type === SUGGESTION_NODE_TYPE)!;
    expect(bold).toMatchObject({ suggestionId: 'reviewer-bold', kind: 'format', formatChange: { format: 'bold', on: true }, author: REVIEWER, children: [{ text: 'March', format: 1 }] });
  });

  it('keeps a clearance recorded otherwise here, and names it', async () => {
    const decidedHere = { ...saved(), clearance: [{ ...PENDING, outcome: 'not-cleared' as const, remark: 'Needs the legal basis.' }] };
    fs.writeFileSync(file(), JSON.stringify(decidedHere));
    const result = await importShared(theirs);
    expect(result.merged).toContain('Kept as recorded here, not as in their copy: Legal Services.');
    expect(saved().clearance).toEqual(decidedHere.clearance);
  });
});
