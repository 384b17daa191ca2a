import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import {
  applyCommentEdit,
  commentThreadsSchema,
  initialsOf,
  markIdsInBody,
  MAX_THREADS,
  threadsInDocumentOrder,
  unresolvedCount,
  type CommentAuthor,
  type CommentThread,
} from '../../../common/comments';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../../common/editorState';
import { newNote, noteSchema, withFormatVersion, type Note } from '../../../common/note';
import { bodyToHtml } from '../../../common/print/bodyHtml';
import { noteToPrintHtml } from '../../../common/print/printHtml';
import { templateSchema, type Template } from '../../../common/template';
import { unresolvedCommentsWarning } from '../../../renderer/components/exportWarnings';
import { renderNoteDocx } from '../../../electron/services/export/exportDocx';
import { parseNoteText } from '../../../electron/services/notes/noteFile';

const ADA: CommentAuthor = { name: 'Ada Analyst', initials: 'AA', office: 'Legal' };
const BEA: CommentAuthor = { name: 'Bea Briefer', initials: 'BB', office: 'Communications' };

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

function mark(ids: string[], children: SerializedNode[]): SerializedNode {
  return { type: 'mark', ids, children, direction: null, format: '', indent: 0, version: 1 };
}

function add(threads: CommentThread[], id: string, text: string, createdAt = '2026-03-01T10:00:00.000Z', author = ADA): CommentThread[] {
  return applyCommentEdit(threads, { type: 'add', id, author, createdAt, text });
}

describe('comment threads', () => {
  it('adds a thread, open and without replies, and refuses empty text or a second thread with the same id', () => {
    const threads = add([], 't1', '  Check this figure.  ');
    expect(threads).toEqual([{ id: 't1', author: ADA, createdAt: '2026-03-01T10:00:00.000Z', text: 'Check this figure.', resolved: false, replies: [] }]);
    expect(add(threads, 't2', '   ')).toBe(threads);
    expect(add(threads, 't1', 'Again')).toBe(threads);
  });

  it('adds replies in order, by their own authors', () => {
    let threads = add([], 't1', 'Check this figure.');
    threads = applyCommentEdit(threads, { type: 'reply', threadId: 't1', id: 'r1', author: BEA, createdAt: '2026-03-01T11:00:00.000Z', text: 'It is from the 2025 report.' });
    threads = applyCommentEdit(threads, { type: 'reply', threadId: 't1', id: 'r2', author: ADA, createdAt: '2026-03-01T12:00:00.000Z', text: 'Thanks.' });
    expect(threads[0]!.replies.map((reply) => [reply.author.name, reply.text])).toEqual([
      ['Bea Briefer', 'It is from the 2025 report.'],
      ['Ada Analyst', 'Thanks.'],
    ]);
    expect(applyCommentEdit(threads, { type: 'reply', threadId: 'nope', id: 'r3', author: ADA, createdAt: '2026-03-01T12:00:00.000Z', text: 'Lost' })).toBe(threads);
    expect(applyCommentEdit(threads, { type: 'reply', threadId: 't1', id: 'r3', author: ADA, createdAt: '2026-03-01T12:00:00.000Z', text: ' ' })).toBe(threads);
  });

  it('resolves and reopens; doing either twice changes nothing', () => {
    const open = add([], 't1', 'Check this figure.');
    const resolved = applyCommentEdit(open, { type: 'resolve', threadId: 't1' });
    expect(resolved[0]!.resolved).toBe(true);
    expect(unresolvedCount(resolved)).toBe(0);
    expect(applyCommentEdit(resolved, { type: 'resolve', threadId: 't1' })).toBe(resolved);
    const reopened = applyCommentEdit(resolved, { type: 'reopen', threadId: 't1' });
    expect(reopened[0]!.resolved).toBe(false);
    expect(unresolvedCount(reopened)).toBe(1);
    expect(applyCommentEdit(reopened, { type: 'reopen', threadId: 't1' })).toBe(reopened);
    // The edits never change the array they were given.
    expect(open[0]!.resolved).toBe(false);
  });

  it('deletes a thread; deleting an unknown one changes nothing', () => {
    const threads = add(add([], 't1', 'One'), 't2', 'Two');
    expect(applyCommentEdit(threads, { type: 'delete', threadId: 't1' }).map((thread) => thread.id)).toEqual(['t2']);
    expect(applyCommentEdit(threads, { type: 'delete', threadId: 'nope' })).toBe(threads);
  });

  it('lists threads in the order of their text, then those on deleted text, oldest first', () => {
    let threads = add([], 'late-text', 'On the last paragraph', '2026-03-01T09:00:00.000Z');
    threads = add(threads, 'gone-2', 'Text gone, newer', '2026-03-01T12:00:00.000Z');
    threads = add(threads, 'early-text', 'On the first paragraph', '2026-03-01T10:00:00.000Z');
    threads = add(threads, 'gone-1', 'Text gone, older', '2026-03-01T08:00:00.000Z');
    const body = editorState([
      paragraphNode([textNode('Intro '), mark(['early-text'], [textNode('first')])]),
      paragraphNode([mark(['late-text', 'early-text'], [textNode('last')]), textNode(' words')]),
    ]);
    const order = markIdsInBody(body.root as SerializedNode);
    expect(order).toEqual(['early-text', 'late-text']);
    expect(threadsInDocumentOrder(threads, order).map(({ thread, onDeletedText }) => [thread.id, onDeletedText])).toEqual([
      ['early-text', false],
      ['late-text', false],
      ['gone-1', true],
      ['gone-2', true],
    ]);
  });

  it('makes initials from a name', () => {
    expect(initialsOf('  ana maría  ruiz ')).toBe('AMR');
    expect(initialsOf('')).toBe('');
  });

  it('refuses two threads with one id, or a thread without an author', () => {
    const thread = add([], 't1', 'One')[0]!;
    expect(commentThreadsSchema.safeParse([thread, thread]).success).toBe(false);
    expect(commentThreadsSchema.safeParse([{ ...thread, author: undefined }]).success).toBe(false);
    expect(commentThreadsSchema.safeParse([thread]).success).toBe(true);
  });
});

describe('a note with comments', () => {
  const template = loadTemplate('01-decision-note');
  function commented(): Note {
    const note = newNote(template, 'commented', new Date('2026-03-01T12:00:00Z'), { subject: 'Broadband funding' });
    note.body = editorState([paragraphNode([textNode('We recommend '), mark(['t1'], [textNode('option B', 1)]), textNode(' for now.')])]);
    note.comments = add([], 't1', 'SECRET REVIEW REMARK: cost it first.');
    return note;
  }

  it('is written as format 4, which this version reads back with its comments', () => {
    const written = withFormatVersion(commented());
    expect(written.formatVersion).toBe(4);
    const reread = noteSchema.parse(JSON.parse(JSON.stringify(written)));
    expect(reread.comments).toEqual(commented().comments);
    expect(markIdsInBody(reread.body.root as SerializedNode)).toEqual(['t1']);
  });

  it(`holds up to ${MAX_THREADS} threads; a file with more is refused, saying how many a note holds`, () => {
    const one = commented().comments![0]!;
    const many = Array.from({ length: MAX_THREADS + 1 }, (_, i) => ({ ...one, id: `t${i}` }));
    for (const count of [500, MAX_THREADS]) {
      const read = parseNoteText(JSON.stringify(withFormatVersion({ ...commented(), comments: many.slice(0, count) })));
      expect(read.comments).toHaveLength(count);
    }
    expect(() => parseNoteText(JSON.stringify(withFormatVersion({ ...commented(), comments: many })))).toThrow(`a note holds at most ${MAX_THREADS} comment threads`);
    // The window adds none past the limit either.
    const full = many.slice(0, MAX_THREADS);
    expect(add(full, 'one-more', 'Past the limit')).toBe(full);
  });

  it('is written as before once its last comment is deleted', () => {
    const note = { ...commented(), comments: [] };
    const written = withFormatVersion(note);
    expect(written.formatVersion).toBe(1);
    expect(written).not.toHaveProperty('comments');
  });

  it('prints the commented text as plain text, without the comments', async () => {
    const note = commented();
    const body = bodyToHtml(note.body.root.children);
    expect(body).toContain('We recommend <strong>option B</strong> for now.');
    expect(body).not.toMatch(/<mark|t1/);
    const page = noteToPrintHtml(note);
    expect(page).toContain('<strong>option B</strong>');
    expect(page).not.toContain('SECRET REVIEW REMARK');

    const docx = await renderNoteDocx(note, { version: '9.9.9' });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    expect(text).toContain('We recommend option B for now.');
    expect(text).not.toContain('SECRET REVIEW REMARK');
  });
});

describe('the export warning', () => {
  it('counts the unresolved threads, and is absent when all are resolved', () => {
    let threads = add(add([], 't1', 'One'), 't2', 'Two');
    expect(unresolvedCommentsWarning(threads)).toEqual([{ kind: 'comments', label: '2 unresolved comments' }]);
    threads = applyCommentEdit(threads, { type: 'resolve', threadId: 't1' });
    expect(unresolvedCommentsWarning(threads)).toEqual([{ kind: 'comments', label: '1 unresolved comment' }]);
    threads = applyCommentEdit(threads, { type: 'resolve', threadId: 't2' });
    expect(unresolvedCommentsWarning(threads)).toEqual([]);
  });
});
