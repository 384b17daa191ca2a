import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../../../../common/comments';
import { editorState, paragraphNode, textNode, type SerializedNode } from '../../../../../../common/editorState';
import { renderNoteDocx } from '../../../../../../electron/services/export/exportDocx';
import { makeNote } from '../../../../../support/noteFiles';
import { snippetNode } from '../../../../../support/snippetNodes';
import { zipEntries } from '../../../../../support/zipEntries';

const mark = (ids: string[], children: SerializedNode[]): SerializedNode => ({ type: 'mark', ids, children, direction: null, format: '', indent: 0, version: 1 });

const ADA = { name: 'Ada Analyst', initials: 'AA', office: 'Legal Services' };
const BO = { name: 'Bo Manager', initials: '', office: '' };

function thread(id: string, text: string, extra: Partial<CommentThread> = {}): CommentThread {
  return { id, author: ADA, createdAt: '2026-03-02T10:15:00.000Z', text, resolved: false, replies: [], ...extra };
}

async function exported(body: SerializedNode[], comments: CommentThread[]) {
  const note = { ...makeNote({ id: 'comments-docx', subject: 'Rural broadband' }), body: editorState(body), comments };
  const entries = zipEntries((await renderNoteDocx(note, { version: 'test' })).bytes);
  const part = (name: string) => entries.get(`word/${name}`)?.toString('utf8');
  return { document: part('document.xml')!, comments: part('comments.xml'), extended: part('commentsExtended.xml'), types: entries.get('[Content_Types].xml')!.toString('utf8') };
}

/** The XML parsed strictly: a part that is not well formed fails the test. */
function parsed(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Each comment id's events in document order: S (range start), E (range end), R (reference). */
function ranges(xml: string): Map<string, string> {
  const letter = { commentRangeStart: 'S', commentRangeEnd: 'E', commentReference: 'R' } as const;
  const seen = new Map<string, string>();
  for (const [, kind, id] of xml.matchAll(/<w:(commentRangeStart|commentRangeEnd|commentReference) w:id="(\d+)"\/>/g)) {
    seen.set(id!, `${seen.get(id!) ?? ''}${letter[kind as keyof typeof letter]}`);
  }
  return seen;
}

/** The text between a comment's range start and end. */
function rangeText(xml: string, id: number): string {
  const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return [...xml.slice(start, end).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((match) => match[1] ?? '\n').join('');
}

describe('DOCX export of comments', () => {
  it('writes each open thread as a Word comment on its text, with author, initials and date, and its replies as Word replies', async () => {
    const body = [paragraphNode([textNode('The grant covers '), mark(['t1'], [textNode('forty towns')]), textNode(' this year.')])];
    const out = await exported(body, [
      thread('t1', 'Which towns?\nName them.', { replies: [{ id: 'r1', author: BO, createdAt: '2026-03-03T08:00:00.000Z', text: 'In an annex.' }] }),
    ]);
    parsed(out.document);
    const comments = parsed(out.comments!);
    const list = [...comments.getElementsByTagName('w:comment')];
    expect(list.map((comment) => [comment.getAttribute('w:id'), comment.getAttribute('w:author'), comment.getAttribute('w:initials')])).toEqual([
      ['0', 'Ada Analyst', 'AA'],
      // Initials made from the name when none were given.
      ['1', 'Bo Manager', 'BM'],
    ]);
    expect(list[0]!.getAttribute('w:date')).toMatch(/^2026-03-02T10:15:00(\.000)?Z$/);
    expect([...list[0]!.getElementsByTagName('w:p')].map((p) => p.textContent)).toEqual(['Which towns?', 'Name them.']);
    expect(list[1]!.textContent).toBe('In an annex.');
    // The reply is threaded under the comment (commentsExtended), and the part is declared.
    const extended = parsed(out.extended!);
    const entries = [...extended.getElementsByTagName('w15:commentEx')];
    expect(entries).toHaveLength(2);
    expect(entries[1]!.getAttribute('w15:paraIdParent')).toBe(entries[0]!.getAttribute('w15:paraId'));
    expect(out.types).toContain('/word/comments.xml');

    expect(rangeText(out.document, 0)).toBe('forty towns');
    expect(rangeText(out.document, 1)).toBe('forty towns');
    expect(out.document).toMatch(/<w:commentRangeEnd w:id="0"\/>.*<w:commentReference w:id="0"\/>/);
  });

  it('leaves out resolved threads and threads on deleted text; nothing left is written', async () => {
    const body = [paragraphNode([mark(['done'], [textNode('Settled')]), textNode(' text.')])];
    const out = await exported(body, [thread('done', 'Fixed.', { resolved: true }), thread('gone', 'On deleted text.')]);
    expect(parsed(out.comments!).getElementsByTagName('w:comment')).toHaveLength(0);
    expect(out.document).not.toContain('commentRange');
    expect(out.document).toContain('Settled');
  });

  it('gives overlapping, nested and multi-paragraph comments, and a comment on a linked snippet, well-formed ranges', async () => {
    const body = [
      // "a" covers "one two", "b" covers "two three": Lexical splits the marks where they overlap.
      paragraphNode([mark(['a'], [textNode('one ')]), mark(['a', 'b'], [textNode('two')]), mark(['b'], [textNode(' three')]), textNode(' four.')]),
      // "c" runs over two paragraphs and "d" is nested inside it.
      paragraphNode([textNode('Start '), mark(['c'], [textNode('of c')])]),
      paragraphNode([mark(['c'], [textNode('end ')]), mark(['c', 'd'], [textNode('inner')]), mark(['c'], [textNode(' of c')]), textNode('.')]),
      // "e" on the text of a linked snippet.
      paragraphNode([textNode('Quoted: '), { ...snippetNode({ id: 's1', developmentId: 'dev-1', text: '' }), children: [textNode('The minister '), mark(['e'], [textNode('announced')]), textNode(' it.')] }]),
    ];
    const out = await exported(body, ['a', 'b', 'c', 'd', 'e'].map((id) => thread(id, `Comment ${id}`)));
    parsed(out.document);
    parsed(out.comments!);
    const order = ranges(out.document);
    expect([...order.values()]).toEqual(['SER', 'SER', 'SER', 'SER', 'SER']);
    // Numbered in the order of their text.
    expect([0, 1, 2, 3, 4].map((id) => rangeText(out.document, id))).toEqual(['one two', 'two three', 'of c\nend inner of c', 'inner', 'announced']);
    // The snippet keeps its citation marker after the commented text.
    expect(out.document).toMatch(/announced.*\[1\]/);
  });
});
