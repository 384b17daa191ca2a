import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../../../common/comments';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../../../common/editorState';
import type { Note } from '../../../../../common/note';
import { renderNoteDocx } from '../../../../../electron/services/export/exportDocx';
import { mergeReview } from '../../../../../electron/services/review/mergeReview';
import { readReviewDocx } from '../../../../../electron/services/review/readReviewDocx';
import { libreOfficeResaved } from '../../../../support/libreOffice';
import { makeNote } from '../../../../support/noteFiles';
import { addReviewerComment } from '../../../../support/reviewerEdits';
import { snippetNode } from '../../../../support/snippetNodes';

const onPath = (command: string) => {
  try {
    execFileSync('which', [command], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
// A reviewer without Word opens and saves the DOCX in LibreOffice; machines without it skip this and say why.
const skipped = onPath('soffice') ? undefined : 'LibreOffice (soffice) is not on PATH, so no document can be saved by it';
if (skipped) console.warn(`libreOfficeReview.test.ts skipped: ${skipped}`);

const mark = (ids: string[], children: SerializedNode[]): SerializedNode => ({ type: 'mark', ids, children, direction: null, format: '', indent: 0, version: 1 });
const ADA = { name: 'Ada Analyst', initials: 'AA', office: '' };

describe.skipIf(skipped !== undefined)('a review saved by LibreOffice', () => {
  it('still matches the note, and the comment it went out with is recognised', { timeout: 120_000 }, async () => {
    const thread: CommentThread = { id: 't1', author: ADA, createdAt: '2026-03-02T10:15:00.000Z', text: 'Which towns?', resolved: false, replies: [] };
    const note: Note = {
      ...makeNote({ id: 'lo-note', subject: 'Rural broadband' }),
      comments: [thread],
      body: editorState([
        headingNode('h2', 'Summary'),
        paragraphNode([textNode('The grant covers '), mark(['t1'], [textNode('forty towns')]), textNode(' this year.')]),
        paragraphNode([textNode('Quoted: '), { ...snippetNode({ id: 's1', developmentId: 'dev-1', text: '' }), children: [textNode('The minister announced it.')] }]),
        { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [textNode('Consult the regions')] }] },
        { type: 'table', children: [{ type: 'tablerow', children: [{ type: 'tablecell', headerState: 1, children: [paragraphNode([textNode('North')])] }] }] },
        { type: 'page-break' },
        headingNode('h2', 'Recommendation'),
        paragraphNode([textNode('That you approve the second round.')]),
      ]),
    };
    const [resaved] = libreOfficeResaved([(await renderNoteDocx(note, { version: 'test' })).bytes]);
    const merged = mergeReview(note, readReviewDocx(resaved!, 'saved.docx'), 'saved.docx', new Date(), () => 'new-id');
    expect(merged.message).toBe('No new comments in “saved.docx”. 1 comment was already in the note.');

    // A comment added to what LibreOffice wrote is placed on its words.
    const commented = addReviewerComment(resaved!, { onText: 'second round', author: 'R. Reviewer', initials: 'RR', text: 'Which budget?' });
    const withComment = mergeReview(note, readReviewDocx(commented, 'saved.docx'), 'saved.docx', new Date(), () => 'new-id');
    expect(withComment.added).toBe(1);
    expect(JSON.stringify(withComment.body)).toMatch(/"ids":\["new-id"\],"children":\[\{[^}]*"text":"second round"/);
  });

  it('keeps the note’s suggested changes, a formatting one included, as tracked changes it reads and writes back', { timeout: 120_000 }, async () => {
    const suggestion = (id: string, kind: 'insert' | 'delete' | 'format', child: SerializedNode): SerializedNode => ({
      type: 'suggestion',
      version: 1,
      suggestionId: id,
      kind,
      author: ADA,
      createdAt: '2026-03-02T10:15:00.000Z',
      ...(kind === 'format' ? { formatChange: { format: 'bold', on: true } } : {}),
      children: [child],
      direction: null,
      format: '',
      indent: 0,
    });
    const note: Note = {
      ...makeNote({ id: 'lo-suggested', subject: 'Rural broadband' }),
      body: editorState([
        headingNode('h2', 'Summary'),
        paragraphNode([
          textNode('That you '),
          suggestion('f1', 'format', { ...textNode('approve'), format: 1 }),
          textNode(' the '),
          suggestion('d1', 'delete', textNode('second')),
          suggestion('i1', 'insert', textNode('third')),
          textNode(' round.'),
        ]),
      ]),
    };
    const [resaved] = libreOfficeResaved([(await renderNoteDocx(note, { version: 'test' })).bytes]);
    const review = readReviewDocx(resaved!, 'saved.docx');
    expect(review.changes.map(({ kind, text, author }) => `${kind} ${text} by ${author}`).sort()).toEqual(['delete second by Ada Analyst', 'format approve by Ada Analyst', 'insert third by Ada Analyst']);
    expect(review.unreadChanges).toBe(0);
    const merged = mergeReview(note, review, 'saved.docx', new Date(), () => 'new-id');
    expect(merged.suggested).toBe(0);
    expect(merged.message).toContain('3 tracked changes were already in the note.');
  });

  it('keeps the note’s suggested paragraph breaks and its suggested move, and they are known when read back', { timeout: 120_000 }, async () => {
    const breakBefore = (kind: 'insert' | 'delete', id: string) => ({ suggestedBreak: { suggestionId: id, kind, author: ADA, createdAt: '2026-03-02T10:15:00.000Z' } });
    const moveSide = (side: 'from' | 'to') => ({ suggestedMove: { suggestionId: 'm1', side, author: ADA, createdAt: '2026-03-02T10:15:00.000Z' } });
    const note: Note = {
      ...makeNote({ id: 'lo-breaks', subject: 'Rural broadband' }),
      body: editorState([
        headingNode('h2', 'Summary'),
        { ...paragraphNode([textNode('Costs are shared.')]), $: moveSide('from') },
        paragraphNode([textNode('The grant covers forty towns.')]),
        { ...paragraphNode([textNode(' Funding ends in March.')]), $: breakBefore('insert', 'b1') },
        { ...paragraphNode([textNode('Costs are shared.')]), $: moveSide('to') },
        paragraphNode([textNode('That you approve')]),
        { ...paragraphNode([textNode(' the second round.')]), $: breakBefore('delete', 'b2') },
      ]),
    };
    const [resaved] = libreOfficeResaved([(await renderNoteDocx(note, { version: 'test' })).bytes]);
    const review = readReviewDocx(resaved!, 'saved.docx');
    const merged = mergeReview(note, review, 'saved.docx', new Date(), () => 'new-id');
    expect(merged.suggested).toBe(0);
    expect(merged.body).toEqual(note.body);
  });

  it('keeps the note’s suggested type change as a paragraph style change, known when read back', { timeout: 120_000 }, async () => {
    const note: Note = {
      ...makeNote({ id: 'lo-styles', subject: 'Rural broadband' }),
      body: editorState([
        headingNode('h2', 'Summary'),
        // A time with milliseconds, as the editor makes it: LibreOffice writes it back to the second.
        { ...headingNode('h3', 'Timing'), $: { suggestedBlockType: { suggestionId: 'y1', from: 'paragraph', author: ADA, createdAt: '2026-03-02T10:15:00.456Z' } } },
        paragraphNode([textNode('The grant covers forty towns.')]),
      ]),
    };
    const [resaved] = libreOfficeResaved([(await renderNoteDocx(note, { version: 'test' })).bytes]);
    const review = readReviewDocx(resaved!, 'saved.docx');
    expect(review.styleChanges).toMatchObject([{ author: 'Ada Analyst' }]);
    const merged = mergeReview(note, review, 'saved.docx', new Date(), () => 'new-id');
    expect(merged.message).not.toContain('not imported');
    expect(merged.body).toEqual(note.body);
  });
});

