import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../../../common/comments';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../../../common/editorState';
import type { Note } from '../../../../../common/note';
import { renderNoteDocx } from '../../../../../electron/services/export/exportDocx';
import { mergeReview } from '../../../../../electron/services/review/mergeReview';
import { blockSuggestionsIn, moveSuggestionOf, suggestionsIn } from '../../../../../common/suggestions';
import { readReviewDocx } from '../../../../../electron/services/review/readReviewDocx';
import { makeNote } from '../../../../support/noteFiles';
import { addReviewerComment, editDocx, trackedBy, wordMovedParagraph, wordParagraph } from '../../../../support/reviewerEdits';
import { snippetNode } from '../../../../support/snippetNodes';
import { repeatedZipFile, zipArchive, zipFile } from '../../../../support/zipArchive';

const mark = (ids: string[], children: SerializedNode[]): SerializedNode => ({ type: 'mark', ids, children, direction: null, format: '', indent: 0, version: 1 });
const ADA = { name: 'Ada Analyst', initials: 'AA', office: 'Legal Services' };
const NOW = new Date('2026-04-02T12:00:00Z');

function noteWith(body: SerializedNode[], comments: CommentThread[] = []): Note {
  return { ...makeNote({ id: 'review-note', subject: 'Rural broadband' }), body: editorState(body), comments };
}

const BODY = [
  headingNode('h2', 'Summary'),
  paragraphNode([textNode('The grant covers '), mark(['t1'], [textNode('forty towns')]), textNode(' this year.')]),
  paragraphNode([textNode('Quoted: '), { ...snippetNode({ id: 's1', developmentId: 'dev-1', text: '' }), children: [textNode('The minister announced it.')] }]),
  { type: 'list', listType: 'check', children: [{ type: 'listitem', checked: true, children: [textNode('Consult the regions')] }] },
  {
    type: 'table',
    children: [{ type: 'tablerow', children: [{ type: 'tablecell', headerState: 1, children: [paragraphNode([textNode('North'), { type: 'linebreak' }, textNode('region')])] }] }],
  },
  { type: 'page-break' },
  headingNode('h2', 'Recommendation'),
  paragraphNode([textNode('That you approve the second round.')]),
];
const THREAD: CommentThread = { id: 't1', author: ADA, createdAt: '2026-03-02T10:15:00.000Z', text: 'Which towns?', resolved: false, replies: [] };

async function exportOf(note: Note): Promise<Uint8Array> {
  return (await renderNoteDocx(note, { version: 'test' })).bytes;
}

let ids = 0;
const newId = () => `imported-${++ids}`;

const textOf = (node: SerializedNode): string => node.text ?? (node.children ?? []).map(textOf).join('');

/** The text each mark wraps, with its ids, in document order. */
function marks(nodes: readonly SerializedNode[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'mark' ? [`${(node.ids as string[]).join('+')}: ${textOf(node)}`] : marks(node.children ?? []),
  );
}

describe('import review from DOCX', () => {
  it('adds a reviewer comment on the same text, and knows the comments the note was exported with', async () => {
    const note = noteWith(BODY, [THREAD]);
    const reviewed = addReviewerComment(await exportOf(note), { onText: 'second round', author: 'R. Reviewer', initials: 'RR', text: 'Which budget?\nSay so.' });
    const merged = mergeReview(note, readReviewDocx(reviewed, 'reviewed.docx'), 'reviewed.docx', NOW, newId);
    expect(merged.added).toBe(1);
    expect(merged.message).toBe('Imported 1 comment from “reviewed.docx”. 1 comment was already in the note.');
    const added = merged.comments.at(-1)!;
    expect(added).toMatchObject({ author: { name: 'R. Reviewer', initials: 'RR', office: '' }, text: 'Which budget?\nSay so.', createdAt: '2026-04-01T09:30:00.000Z', resolved: false });
    expect(marks(merged.body.root.children)).toEqual(['t1: forty towns', `${added.id}: second round`]);
    expect(merged.comments).toHaveLength(2);
  });

  it('places comments on a linked snippet, over two paragraphs, and over text another comment has (one mark with both ids)', async () => {
    const note = noteWith(BODY, [THREAD]);
    let reviewed = addReviewerComment(await exportOf(note), { onText: 'minister', author: 'R. Reviewer', initials: 'RR', text: 'Which one?' });
    // Overlapping the exported comment: "forty" lies inside the mark of t1.
    reviewed = addReviewerComment(reviewed, { onText: 'forty', author: 'R. Reviewer', initials: 'RR', text: 'Forty-one?' });
    // A second comment in the same paragraph, after the first.
    reviewed = addReviewerComment(reviewed, { onText: 'it.', author: 'R. Reviewer', initials: 'RR', text: 'When?' });
    // A range from one paragraph to the next, as Word writes it after selecting across them.
    reviewed = editDocx(reviewed, {
      'word/document.xml': (xml) =>
        xml
          .replace('>Consult the regions</w:t></w:r>', '>Consult </w:t></w:r><w:commentRangeStart w:id="9"/><w:r><w:t xml:space="preserve">the regions</w:t></w:r>')
          .replace('>region</w:t></w:r>', '>region</w:t></w:r><w:commentRangeEnd w:id="9"/>'),
      'word/comments.xml': (xml) => xml.replace('</w:comments>', '<w:comment w:id="9" w:author="R. Reviewer" w:initials="RR"><w:p><w:r><w:t>Across.</w:t></w:r></w:p></w:comment></w:comments>'),
    });
    const merged = mergeReview(note, readReviewDocx(reviewed, 'r.docx'), 'r.docx', NOW, newId);
    expect(merged.added).toBe(4);
    const [, minister, forty, when, across] = merged.comments;
    expect(marks(merged.body.root.children)).toEqual([
      `t1+${forty!.id}: forty`,
      't1:  towns',
      `${minister!.id}: minister`,
      `${when!.id}: it.`,
      `${across!.id}: the regions`,
      `${across!.id}: North`,
      `${across!.id}: region`,
    ]);
  });

  it('adds a reviewer reply in Word to the thread it answers, and their done mark resolves a new thread', async () => {
    const thread = { ...THREAD, replies: [{ id: 'r1', author: ADA, createdAt: '2026-03-02T11:00:00.000Z', text: 'See the annex.' }] };
    const note = noteWith(BODY, [thread]);
    const exported = addReviewerComment(await exportOf(note), { onText: 'second round', author: 'R. Reviewer', initials: 'RR', text: 'Settled already.' });
    // Word threads by the id of a comment's last paragraph: the exported thread's is 00000001.
    const reviewed = editDocx(exported, {
      'word/comments.xml': (xml) =>
        xml
          .replace(/(<w:comment w:id="2"[^>]*>)<w:p>/, '$1<w:p w14:paraId="0000BEEF">')
          .replace('</w:comments>', '<w:comment w:id="7" w:author="R. Reviewer" w:initials="RR" w:date="2026-04-01T10:00:00Z"><w:p w14:paraId="0000CAFE"><w:r><w:t>Annex B, then.</w:t></w:r></w:p></w:comment></w:comments>'),
      'word/commentsExtended.xml': (xml) =>
        xml.replace('</w15:commentsEx>', '<w15:commentEx w15:paraId="0000CAFE" w15:paraIdParent="00000001" w15:done="0"/><w15:commentEx w15:paraId="0000BEEF" w15:done="1"/></w15:commentsEx>'),
    });
    const merged = mergeReview(note, readReviewDocx(reviewed, 'r.docx'), 'r.docx', NOW, newId);
    expect(merged.message).toBe('Imported 1 comment and 1 reply from “r.docx”. 2 comments were already in the note.');
    expect(merged.comments[0]!.replies.map((reply) => `${reply.author.name}: ${reply.text}`)).toEqual(['Ada Analyst: See the annex.', 'R. Reviewer: Annex B, then.']);
    expect(merged.comments[1]).toMatchObject({ text: 'Settled already.', resolved: true });
  });

  it('refuses a document whose text differs, naming the paragraph, and places comments on the text as it was before tracked changes', async () => {
    const note = noteWith(BODY);
    const exported = await exportOf(note);
    const changed = editDocx(exported, { 'word/document.xml': (xml) => xml.replace('That you approve the second round.', 'That you reject it.') });
    expect(() => mergeReview(note, readReviewDocx(changed, 'r.docx'), 'r.docx', NOW, newId)).toThrow(
      'r.docx: its text no longer matches this note from the paragraph “That you approve the second round.”: the document has “That you reject it.” there. Only a document exported from this version of the note can be imported; nothing was changed.',
    );

    const tracked = editDocx(addReviewerComment(exported, { onText: 'approve', author: 'R. Reviewer', initials: 'RR', text: 'Yes.' }), {
      'word/document.xml': (xml) =>
        xml.replace('<w:t xml:space="preserve"> the second round.</w:t></w:r>', '<w:t xml:space="preserve"> the second round.</w:t></w:r><w:ins w:id="50" w:author="R. Reviewer"><w:r><w:t> Now.</w:t></w:r></w:ins>'),
    });
    const merged = mergeReview(note, readReviewDocx(tracked, 'r.docx'), 'r.docx', NOW, newId);
    expect(merged.added).toBe(1);
    expect(merged.suggested).toBe(1);
    expect(marks(merged.body.root.children)).toEqual(['t1: forty towns', `${merged.comments[0]!.id}: approve`]);
  });

  it('makes a reviewer’s tracked insertions and deletions suggestions under their name, and knows them when the note is exported and imported again', async () => {
    const note = noteWith(BODY, [THREAD]);
    const reviewed = editDocx(await exportOf(note), {
      'word/document.xml': (xml) =>
        xml
          // "second round" struck, "third round" inserted after it, in Word's markup.
          .replace(
            '<w:t xml:space="preserve">That you approve the second round.</w:t></w:r>',
            '<w:t xml:space="preserve">That you approve the </w:t></w:r><w:del w:id="61" w:author="Wen Word" w:date="2026-04-01T08:00:00Z"><w:r><w:delText>second</w:delText></w:r></w:del><w:ins w:id="62" w:author="Wen Word" w:date="2026-04-01T08:01:00Z"><w:r><w:t>third</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> round.</w:t></w:r>',
          )
          // A deletion inside commented text.
          .replace('>forty towns</w:t>', '>forty </w:t></w:r><w:del w:id="63" w:author="Wen Word"><w:r><w:delText>towns</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"></w:t>'),
    });
    const review = readReviewDocx(reviewed, 'tracked.docx');
    expect(review.changes.map(({ kind, author, text }) => `${kind} ${author}: ${text}`)).toEqual(['delete Wen Word: towns', 'delete Wen Word: second', 'insert Wen Word: third']);
    const merged = mergeReview(note, review, 'tracked.docx', NOW, newId);
    expect(merged.suggested).toBe(3);
    expect(merged.message).toContain('3 tracked changes were added as suggestions under their authors\' names');
    const listed = suggestionsIn(merged.body.root.children);
    expect(listed.map(({ kind, text, author, createdAt }) => `${kind} ${text} by ${author.name} (${author.initials}) ${createdAt}`)).toEqual([
      'delete towns by Wen Word (WW) 2026-04-02T12:00:00.000Z',
      'delete second by Wen Word (WW) 2026-04-01T08:00:00.000Z',
      'insert third by Wen Word (WW) 2026-04-01T08:01:00.000Z',
    ]);
    // The comment's mark still holds all its words; the deletion sits inside it.
    expect(marks(merged.body.root.children)).toEqual(['t1: forty towns']);
    const recommendation = merged.body.root.children.at(-1)!;
    expect(recommendation.children!.map((child) => (child.type === 'suggestion' ? `[${child.kind}:${child.children![0]!.text}]` : child.text)).join('')).toBe('That you approve the [delete:second][insert:third] round.');

    // Exported again with its suggestions (as tracked changes) and brought back: nothing is added twice.
    const again = { ...note, body: merged.body, comments: merged.comments };
    const roundTrip = mergeReview(again, readReviewDocx(await exportOf(again), 'again.docx'), 'again.docx', NOW, newId);
    expect(roundTrip.suggested).toBe(0);
    expect(roundTrip.message).toContain('3 tracked changes were already in the note.');
  });

  it('reads its own DOCX back with suggested paragraph breaks: the paragraphs match as they were before them, a comment after one is placed, and the breaks stay', async () => {
    const suggested = (kind: 'insert' | 'delete', id: string) => ({ suggestedBreak: { suggestionId: id, kind, author: ADA, createdAt: '2026-03-02T10:15:00.000Z' } });
    const body = [
      headingNode('h2', 'Summary'),
      paragraphNode([textNode('The grant covers forty towns.')]),
      // A new paragraph, suggested: before it, the text ran on in the paragraph above.
      { ...paragraphNode([textNode('Costs are shared with the regions.')]), $: suggested('insert', 'b1') },
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [textNode('North')] }, { type: 'listitem', children: [textNode('South')], $: suggested('insert', 'b2') }] },
      paragraphNode([textNode('That you approve')]),
      { ...paragraphNode([textNode(' the second round.')]), $: suggested('delete', 'b3') },
    ];
    const note = noteWith(body);
    const exported = await exportOf(note);
    const read = readReviewDocx(exported, 'own.docx');
    expect(read.paragraphs).toContain('The grant covers forty towns.Costs are shared with the regions.');
    expect(read.paragraphs).toContain('NorthSouth');
    expect(read.paragraphs).toContain('That you approve');

    const reviewed = addReviewerComment(exported, { onText: 'shared with the regions', author: 'R. Reviewer', initials: 'RR', text: 'Which regions?' });
    const merged = mergeReview(note, readReviewDocx(reviewed, 'reviewed.docx'), 'reviewed.docx', NOW, newId);
    expect(merged.added).toBe(1);
    expect(marks(merged.body.root.children)).toEqual([`${merged.comments.at(-1)!.id}: shared with the regions`]);
    // The document's tracked paragraph marks are the note's own breaks: known, not added again.
    expect(merged.message).toContain('3 tracked changes were already in the note.');
    expect(merged.suggested).toBe(0);
    expect(blockSuggestionsIn(merged.body.root.children).map((item) => item.suggestionId)).toEqual(['b1', 'b2', 'b3']);
  });

  it('writes a snippet suggested for insertion as tracked text, and reads its own DOCX back as before it', async () => {
    const inserted: SerializedNode = {
      type: 'suggestion',
      version: 1,
      suggestionId: 'i9',
      kind: 'insert',
      author: ADA,
      createdAt: '2026-03-02T10:15:00.000Z',
      children: [{ ...snippetNode({ id: 's9', developmentId: 'dev-9', text: '' }), children: [textNode('Costs are shared.')] }],
      direction: null,
      format: '',
      indent: 0,
    };
    const note = noteWith([headingNode('h2', 'Summary'), paragraphNode([textNode('The grant covers forty towns. '), inserted])]);
    const exported = await exportOf(note);
    const read = readReviewDocx(exported, 'own.docx');
    expect(read.paragraphs.find((text) => text.startsWith('The grant'))).toBe('The grant covers forty towns. ');
    expect(read.unreadChanges).toBe(0);
    const merged = mergeReview(note, read, 'own.docx', NOW, newId);
    expect(merged.suggested).toBe(0);
    expect(merged.message).toContain('already in the note');
  });

  it('makes paragraph breaks inserted and deleted in Word with Track Changes suggested breaks under the reviewer’s name', async () => {
    const note = noteWith(BODY);
    const byWen = (element: string, id: number) => `<${element} w:id="${id}" w:author="Wen Word" w:date="2026-04-01T09:00:00Z"/>`;
    const reviewed = editDocx(await exportOf(note), {
      'word/document.xml': (xml) =>
        xml
          // The heading's mark deleted: the next paragraph joins it.
          .replace('<w:pStyle w:val="Heading2"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">Recommendation</w:t>', `<w:pStyle w:val="Heading2"/><w:keepNext/><w:rPr>${byWen('w:del', 81)}</w:rPr></w:pPr><w:r><w:t xml:space="preserve">Recommendation</w:t>`)
          // Enter pressed after "That you approve": the first part's mark is inserted.
          .replace(
            '<w:p><w:r><w:t xml:space="preserve">That you approve the second round.</w:t></w:r></w:p>',
            `<w:p><w:pPr><w:rPr>${byWen('w:ins', 82)}</w:rPr></w:pPr><w:r><w:t xml:space="preserve">That you approve</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve"> the second round.</w:t></w:r></w:p>`,
          ),
    });
    const review = readReviewDocx(reviewed, 'breaks.docx');
    expect(review.breaks!.map(({ kind, author }) => `${kind} ${author}`)).toEqual(['delete Wen Word', 'insert Wen Word']);
    expect(review.unreadChanges).toBe(0);
    const merged = mergeReview(note, review, 'breaks.docx', NOW, newId);
    expect(merged.suggested).toBe(2);
    expect(merged.message).toContain("2 tracked changes were added as suggestions under their authors' names");
    expect(blockSuggestionsIn(merged.body.root.children).map(({ kind, author, text, createdAt }) => `${kind} ${author.name} ${createdAt}: ${text}`)).toEqual([
      'delete Wen Word 2026-04-01T09:00:00.000Z: That you approve',
      'insert Wen Word 2026-04-01T09:00:00.000Z:  the second round.',
    ]);
    const lastTwo = merged.body.root.children.slice(-2).map((block) => textOf(block));
    expect(lastTwo).toEqual(['That you approve', ' the second round.']);

    // Exported again with the breaks and brought back: nothing is added twice.
    const again = { ...note, body: merged.body, comments: merged.comments };
    const roundTrip = mergeReview(again, readReviewDocx(await exportOf(again), 'again.docx'), 'again.docx', NOW, newId);
    expect(roundTrip.suggested).toBe(0);
    expect(roundTrip.message).toContain('2 tracked changes were already in the note.');
  });

  it('reads its own DOCX back with a suggested move: the moved text is read as not there yet, and the move stays', async () => {
    const moveSide = (side: 'from' | 'to') => ({ suggestedMove: { suggestionId: 'm1', side, author: ADA, createdAt: '2026-03-02T10:15:00.000Z' } });
    const note = noteWith([
      headingNode('h2', 'Summary'),
      { ...paragraphNode([textNode('Costs are shared.')]), $: moveSide('from') },
      paragraphNode([textNode('The grant covers forty towns.')]),
      // The moved paragraph holds a snippet: its text is written as inserted too.
      { ...paragraphNode([textNode('Costs are shared.'), { ...snippetNode({ id: 's7', developmentId: 'dev-7', text: '' }), children: [textNode(' As the minister said.')] }]), $: moveSide('to') },
    ]);
    const exported = await exportOf(note);
    const read = readReviewDocx(exported, 'own.docx').paragraphs;
    expect(read.slice(read.indexOf('Summary'), read.indexOf('Summary') + 4)).toEqual(['Summary', 'Costs are shared.', 'The grant covers forty towns.', '']);
    const reviewed = addReviewerComment(exported, { onText: 'forty towns', author: 'R. Reviewer', initials: 'RR', text: 'Which ones?' });
    const merged = mergeReview(note, readReviewDocx(reviewed, 'reviewed.docx'), 'reviewed.docx', NOW, newId);
    expect(merged.added).toBe(1);
    // The move's own tracked deletion, its two insertions (text and snippet) and its stand-in's deleted mark are the move: known.
    expect(merged.suggested).toBe(0);
    expect(merged.message).toContain('4 tracked changes were already in the note.');
    expect(blockSuggestionsIn(merged.body.root.children)).toMatchObject([{ suggestionId: 'm1', moved: true }]);
  });

  it('makes whole paragraphs moved in Word with Track Changes a suggested move; a move of part of a paragraph, or one edited on the way, stays a deletion and an insertion', async () => {
    const note = noteWith([
      headingNode('h2', 'Summary'),
      paragraphNode([textNode('Costs are shared.')]),
      paragraphNode([textNode('The grant covers forty towns.')]),
      headingNode('h2', 'Recommendation'),
      paragraphNode([textNode('That you approve the second round.')]),
      paragraphNode([textNode('Regions report in June.')]),
    ]);
    const paragraph = wordParagraph;
    // As Word writes a moved paragraph: named ranges around it, its mark and its runs inside move-from or move-to.
    const movedAway = (text: string, id: number) => `<w:moveFromRangeStart ${trackedBy(id)} w:name="move${id}"/>${wordMovedParagraph('from', text, id + 1)}<w:moveFromRangeEnd w:id="${id}"/>`;
    const movedHere = (text: string, id: number) => `<w:moveToRangeStart ${trackedBy(id + 3)} w:name="move${id}"/>${wordMovedParagraph('to', text, id + 4)}<w:moveToRangeEnd w:id="${id + 3}"/>`;
    const exported = await exportOf(note);
    let documentXml = '';
    editDocx(exported, { 'word/document.xml': (xml) => (documentXml = xml) });
    for (const text of ['Costs are shared.', 'The grant covers forty towns.', 'That you approve the second round.', 'Regions report in June.']) expect(documentXml).toContain(paragraph(text));
    const reviewed = editDocx(exported, {
      'word/document.xml': (xml) =>
        xml
          // "Costs are shared." moved down, after the next paragraph.
          .replace(paragraph('Costs are shared.'), movedAway('Costs are shared.', 100))
          .replace(paragraph('The grant covers forty towns.'), paragraph('The grant covers forty towns.') + movedHere('Costs are shared.', 100))
          // "Regions report in June." moved up, and reworded on the way: the two sides differ.
          .replace(paragraph('Regions report in June.'), movedAway('Regions report in June.', 200))
          .replace(paragraph('That you approve the second round.'), movedHere('Regions report by June.', 200) + paragraph('That you approve the second round.')),
    });
    const review = readReviewDocx(reviewed, 'moved.docx');
    expect(review.unreadChanges).toBe(0);
    const at = (text: string) => review.paragraphs.indexOf(text);
    expect(review.moves).toMatchObject([{ from: { paragraph: at('Costs are shared.'), offset: 0 }, before: at('Recommendation'), author: 'Wen Word', date: '2026-04-01T09:30:00Z' }]);
    // The move names what it was read from: the text deleted where it was and inserted where it went, and the deleted and inserted marks.
    const replaced = review.moves![0]!.replaces!;
    expect(replaced.changes.map(({ kind, text }) => `${kind}: ${text}`)).toEqual(['delete: Costs are shared.', 'insert: Costs are shared.']);
    expect(replaced.breaks.map(({ kind }) => kind)).toEqual(['delete', 'insert']);
    // The reworded one is no move: its text deleted where it was and inserted where it went.
    expect(review.changes.filter((change) => !replaced.changes.includes(change)).map(({ kind, text }) => `${kind}: ${text}`)).toEqual(['insert: Regions report by June.', 'delete: Regions report in June.']);

    const merged = mergeReview(note, review, 'moved.docx', NOW, newId);
    expect(merged.message).toContain("tracked changes were added as suggestions under their authors' names");
    const blocks = merged.body.root.children as SerializedNode[];
    const moved = blockSuggestionsIn(blocks).filter((item) => item.moved);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ author: { name: 'Wen Word' }, createdAt: '2026-04-01T09:30:00.000Z' });
    // The stand-in where the paragraph was, the paragraph itself after the next one.
    const order = blocks.map((block) => `${moveSuggestionOf(block) ? `${moveSuggestionOf(block)!.side} ` : ''}${textOf(block)}`);
    expect(order.slice(0, 4)).toEqual(['Summary', 'from Costs are shared.', 'The grant covers forty towns.', 'to Costs are shared.']);
    expect(suggestionsIn(blocks).map(({ kind, text }) => `${kind}: ${text}`)).toEqual(['insert: Regions report by June.', 'delete: Regions report in June.']);
    // The same file again, once the move is in the note: its text is the note's before the move. The move and
    // the reworded text are known; the reworded paragraph's new break has no text of its own to be found by.
    const again = { ...note, body: merged.body, comments: merged.comments };
    const twice = mergeReview(again, review, 'moved.docx', NOW, newId);
    expect(twice.suggested).toBe(0);
    expect(twice.message).toContain('4 tracked changes were already in the note.');
    expect(twice.body).toEqual(merged.body);
  });

  it('makes a paragraph moved in Word to the end a suggested move, and one moved into a list the deletion and insertion it was', async () => {
    const note = noteWith([
      headingNode('h2', 'Summary'),
      paragraphNode([textNode('Costs are shared.')]),
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [textNode('North')] }, { type: 'listitem', children: [textNode('South')] }] },
      headingNode('h2', 'Recommendation'),
      paragraphNode([textNode('Approve it.')]),
    ]);
    const paragraph = wordParagraph;
    const movedAway = (text: string, id: number) => wordMovedParagraph('from', text, id);
    const movedHere = (text: string, id: number) => wordMovedParagraph('to', text, id);
    const exported = await exportOf(note);
    const moveCosts = (place: (xml: string) => string) =>
      editDocx(exported, { 'word/document.xml': (xml) => place(xml.replace(paragraph('Costs are shared.'), movedAway('Costs are shared.', 300))) });

    // To the end of the body: after its last paragraph.
    const toEnd = readReviewDocx(moveCosts((xml) => xml.replace(paragraph('Approve it.'), paragraph('Approve it.') + movedHere('Costs are shared.', 310))), 'end.docx');
    expect(toEnd.moves).toHaveLength(1);
    const atEnd = mergeReview(note, toEnd, 'end.docx', NOW, newId);
    const endBlocks = (atEnd.body.root.children as SerializedNode[]).map((block) => `${moveSuggestionOf(block)?.side ?? ''} ${textOf(block)}`.trim());
    expect(endBlocks.slice(0, 2)).toEqual(['Summary', 'from Costs are shared.']);
    expect(endBlocks).toContain('to Costs are shared.');
    expect(endBlocks.indexOf('to Costs are shared.')).toBe(endBlocks.indexOf('Approve it.') + 1);
    expect(suggestionsIn(atEnd.body.root.children)).toEqual([]);

    // Into the list, between its items: no block move can go there, so the text is deleted and inserted as Word tracked it.
    const intoList = readReviewDocx(
      moveCosts((xml) => xml.replace(/<w:p>(?:(?!<w:p>).)*?South<\/w:t><\/w:r><\/w:p>/s, (item) => movedHere('Costs are shared.', 320) + item)),
      'list.docx',
    );
    expect(intoList.moves).toHaveLength(1);
    const merged = mergeReview(note, intoList, 'list.docx', NOW, newId);
    expect(blockSuggestionsIn(merged.body.root.children).filter((item) => item.moved)).toEqual([]);
    expect(suggestionsIn(merged.body.root.children).map(({ kind, text }) => `${kind}: ${text}`)).toEqual(['delete: Costs are shared.', 'insert: Costs are shared.']);
    expect(merged.message).not.toContain('not merged');
  });

  it('a Word move beside another tracked break comes in as its deletion and insertion, and a new paragraph’s style is no type change of the next', async () => {
    const note = noteWith([
      headingNode('h2', 'Summary'),
      paragraphNode([textNode('Costs are shared.')]),
      paragraphNode([textNode('The grant covers forty towns.')]),
      headingNode('h2', 'Recommendation'),
      paragraphNode([textNode('Approve it.')]),
    ]);
    const by = trackedBy;
    const paragraph = wordParagraph;
    const exported = await exportOf(note);
    const reviewed = editDocx(exported, {
      'word/document.xml': (xml) =>
        xml
          .replace(paragraph('Costs are shared.'), wordMovedParagraph('from', 'Costs are shared.', 1))
          .replace(paragraph('The grant covers forty towns.'), `${paragraph('The grant covers forty towns.')}${wordMovedParagraph('to', 'Costs are shared.', 3)}`)
          // The heading the move goes before is joined to the next paragraph: a block beside a suggested break does not move.
          .replace('<w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">Recommendation</w:t>', `<w:keepNext/><w:rPr><w:del ${by(5)}/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Recommendation</w:t>`)
          // A new paragraph typed before the last one, made a heading: its style is its own, not the last paragraph's.
          .replace(paragraph('Approve it.'), `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:pPrChange ${by(6)}><w:pPr/></w:pPrChange><w:rPr><w:ins ${by(7)}/></w:rPr></w:pPr><w:ins ${by(8)}><w:r><w:t>Next steps</w:t></w:r></w:ins></w:p>${paragraph('Approve it.')}`),
    });
    const review = readReviewDocx(reviewed, 'beside.docx');
    expect(review.moves).toHaveLength(1);
    expect(review.styleChanges!.map((change) => change.typeChange)).toEqual([undefined]);
    const merged = mergeReview(note, review, 'beside.docx', NOW, newId);
    const blocks = merged.body.root.children as SerializedNode[];
    expect(blocks.filter((block) => moveSuggestionOf(block))).toEqual([]);
    expect(suggestionsIn(blocks).map(({ kind, text }) => `${kind}: ${text}`)).toEqual(['delete: Costs are shared.', 'insert: Costs are shared.', 'insert: Next steps']);
    expect(blocks.at(-1)).toMatchObject({ type: 'paragraph' });
    expect(blockSuggestionsIn(blocks).filter((item) => item.blockType)).toEqual([]);
    expect(merged.message).toContain('of paragraph styles');
  });

  it('takes a DOCX exported before the note moved a paragraph: the reviewer’s comment on it lands on the moved paragraph', async () => {
    const before = noteWith([headingNode('h2', 'Summary'), paragraphNode([textNode('Costs are shared.')]), paragraphNode([textNode('The grant covers forty towns.')])]);
    const reviewed = addReviewerComment(await exportOf(before), { onText: 'shared', author: 'R. Reviewer', initials: 'RR', text: 'By whom?' });
    const moveSide = (side: 'from' | 'to') => ({ suggestedMove: { suggestionId: 'm1', side, author: ADA, createdAt: '2026-03-02T10:15:00.000Z' } });
    // Since the export, the author moved "Costs are shared." below the next paragraph, as a suggestion.
    const moved = noteWith([
      headingNode('h2', 'Summary'),
      { ...paragraphNode([textNode('Costs are shared.')]), $: moveSide('from') },
      paragraphNode([textNode('The grant covers forty towns.')]),
      { ...paragraphNode([textNode('Costs are shared.')]), $: moveSide('to') },
    ]);
    const merged = mergeReview(moved, readReviewDocx(reviewed, 'reviewed.docx'), 'reviewed.docx', NOW, newId);
    expect(merged.added).toBe(1);
    const blocks = merged.body.root.children as SerializedNode[];
    expect(marks([blocks[3]!])).toEqual([`${merged.comments.at(-1)!.id}: shared`]);
    expect(marks([blocks[1]!])).toEqual([]);
  });

  it('writes a suggested type change as Word’s paragraph style change, knows its own when read back, and makes a reviewer’s a suggested type change', async () => {
    const typeChange = (id: string, from: string) => ({ suggestedBlockType: { suggestionId: id, from, author: ADA, createdAt: '2026-03-02T10:15:00.000Z' } });
    const note = noteWith([
      { ...headingNode('h2', 'Summary'), $: typeChange('y1', 'paragraph') },
      { ...paragraphNode([textNode('The grant covers forty towns.')]), type: 'quote', $: typeChange('y2', 'h3') },
      paragraphNode([textNode('That you approve the second round.')]),
    ]);
    const exported = await exportOf(note);
    let xml = '';
    editDocx(exported, { 'word/document.xml': (text) => (xml = text) });
    // Each paragraph as it is now, with the properties it had before inside w:pPrChange (a heading before, no style before).
    const changes = [...xml.matchAll(/<w:pPrChange [^>]*>(.*?)<\/w:pPrChange>/g)];
    expect(changes).toHaveLength(2);
    expect(changes.map(([whole]) => whole)).toEqual([expect.stringContaining('w:author="Ada Analyst"'), expect.stringContaining('w:author="Ada Analyst"')]);
    expect(changes[0]![1]).not.toContain('w:pStyle');
    expect(changes[1]![1]).toContain('<w:pStyle w:val="Heading3"/>');

    const merged = mergeReview(note, readReviewDocx(exported, 'own.docx'), 'own.docx', NOW, newId);
    expect(merged.message).toContain('2 tracked changes were already in the note.');
    expect(merged.message).not.toContain('not imported');
    expect(blockSuggestionsIn(merged.body.root.children).map((item) => item.suggestionId)).toEqual(['y1', 'y2']);

    // A paragraph a reviewer made a heading in Word with Track Changes on: their suggested type change.
    const restyle = (style: string) =>
      editDocx(exported, {
        'word/document.xml': (text) =>
          text.replace(/(<w:p>|<w:p [^>]*>)(<w:pPr>)?((?:(?!<\/w:p>).)*?That you approve)/, (_all, open: string, _props, rest: string) => `${open}<w:pPr><w:pStyle w:val="${style}"/><w:pPrChange w:id="901" w:author="R. Reviewer" w:date="2026-04-01T09:00:00Z"><w:pPr/></w:pPrChange></w:pPr>${rest}`),
      });
    const reviewed = mergeReview(note, readReviewDocx(restyle('Heading2'), 'reviewed.docx'), 'reviewed.docx', NOW, newId);
    expect(reviewed.message).toContain('2 tracked changes were already in the note.');
    expect(reviewed.message).toContain("1 tracked change was added as suggestions under their authors' names");
    expect(reviewed.message).not.toContain('not imported');
    const last = (reviewed.body.root.children as SerializedNode[]).at(-1)!;
    expect(last).toMatchObject({ type: 'heading', tag: 'h2' });
    expect(blockSuggestionsIn(reviewed.body.root.children).map(({ suggestionId, author, blockType }) => `${suggestionId} ${author.name} ${blockType?.from}`)).toEqual([
      'y1 Ada Analyst paragraph',
      'y2 Ada Analyst h3',
      expect.stringMatching(/^imported-\d+ R\. Reviewer paragraph$/),
    ]);
    // Exported again and read back: the reviewer's change is the note's own now.
    const again = { ...note, body: reviewed.body, comments: reviewed.comments };
    expect(mergeReview(again, readReviewDocx(await exportOf(again), 'again.docx'), 'again.docx', NOW, newId).message).toContain('3 tracked changes were already in the note.');

    // A style the note does not write (Word's Title) is not imported, and the merge says so.
    const titled = mergeReview(note, readReviewDocx(restyle('Title'), 'titled.docx'), 'titled.docx', NOW, newId);
    expect(titled.message).toContain('of paragraph styles');
    expect(titled.message).toContain('not imported');
    expect(blockSuggestionsIn(titled.body.root.children)).toHaveLength(2);
  });

  it('makes a reviewer’s tracked bold a formatting suggestion, the words bold, and knows it when exported and imported again', async () => {
    const note = noteWith(BODY, [THREAD]);
    const reviewed = editDocx(await exportOf(note), {
      'word/document.xml': (xml) =>
        xml.replace(
          '<w:t xml:space="preserve">That you approve the second round.</w:t></w:r>',
          '<w:t xml:space="preserve">That you </w:t></w:r><w:r><w:rPr><w:b/><w:rPrChange w:id="71" w:author="Wen Word" w:date="2026-04-01T08:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>approve</w:t></w:r><w:r><w:t xml:space="preserve"> the second round.</w:t></w:r>',
        ),
    });
    const review = readReviewDocx(reviewed, 'bold.docx');
    expect(review.changes).toMatchObject([{ kind: 'format', formatChange: { format: 'bold', on: true }, author: 'Wen Word', text: 'approve' }]);
    expect(review.unreadChanges).toBe(0);
    const merged = mergeReview(note, review, 'bold.docx', NOW, newId);
    expect(merged.suggested).toBe(1);
    expect(merged.message).not.toContain('not imported');
    const recommendation = merged.body.root.children.at(-1)!;
    expect(recommendation.children!.map((child) => (child.type === 'suggestion' ? `[${child.kind}:${child.children![0]!.text}:${child.children![0]!.format}]` : child.text)).join('')).toBe(
      'That you [format:approve:1] the second round.',
    );

    const again = { ...note, body: merged.body, comments: merged.comments };
    const roundTrip = mergeReview(again, readReviewDocx(await exportOf(again), 'again.docx'), 'again.docx', NOW, newId);
    expect(roundTrip.suggested).toBe(0);
    expect(roundTrip.message).toContain('1 tracked change was already in the note.');
    expect(roundTrip.message).not.toContain('not imported');
  });

  it('shows a paragraph edited in Word without Track Changes as suggested changes, and still places the comments in it', async () => {
    const note = noteWith(BODY, [THREAD]);
    const edited = editDocx(addReviewerComment(await exportOf(note), { onText: 'round', author: 'R. Reviewer', initials: 'RR', text: 'Which round?' }), {
      'word/document.xml': (xml) => xml.replace('>That you approve the second </w:t>', '>That you swiftly approve the third </w:t>'),
    });
    const review = readReviewDocx(edited, 'edited.docx');
    expect(review.paragraphs).toContain('That you swiftly approve the third round.');
    const merged = mergeReview(note, review, 'edited.docx', NOW, newId);
    expect(merged.message).toContain('3 edits made without Track Changes were added as suggestions by “Edited in Word, untracked”');
    const recommendation = merged.body.root.children.at(-1)!;
    const shown = (nodes: readonly SerializedNode[]): string =>
      nodes.map((child) => (child.type === 'suggestion' ? `[${child.kind === 'insert' ? '+' : '-'}${textOf(child)}]` : child.type === 'mark' ? `{${shown(child.children ?? [])}}` : (child.text ?? ''))).join('');
    expect(shown(recommendation.children ?? [])).toBe('That you [+swiftly ]approve the [-second][+third] {round}.');
    expect(marks(merged.body.root.children).at(-1)).toMatch(/: round$/);
    // Rewritten beyond recognition, the same paragraph makes the document be refused.
    const rewritten = editDocx(await exportOf(note), { 'word/document.xml': (xml) => xml.replace('That you approve the second round.', 'Decline all of it, now.') });
    expect(() => mergeReview(note, readReviewDocx(rewritten, 'r.docx'), 'r.docx', NOW, newId)).toThrow(/its text no longer matches this note from the paragraph “That you approve the second round.”/);
  });

  it('refuses a document type declaration, and a zip bomb, before reading any text', async () => {
    const exported = await exportOf(noteWith(BODY));
    const withEntities = editDocx(exported, { 'word/document.xml': (xml) => xml.replace('?>', '?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>') });
    expect(() => readReviewDocx(withEntities, 'r.docx')).toThrow('r.docx: its part "word/document.xml" cannot be read (a document type or entity declaration).');
    const bomb = zipArchive([zipFile('[Content_Types].xml', Buffer.from('<Types/>')), await repeatedZipFile('word/document.xml', '<w:document><w:body>', '<w:p/>', 20_000_000, '</w:body></w:document>')]);
    expect(() => readReviewDocx(bomb, 'bomb.docx')).toThrow(/bomb\.docx: .*(unpacks to|packed more than)/);
  });
});
