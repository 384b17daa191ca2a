import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesSince, compareNotes, type ComparableNote } from '../../../../common/compare/compareNotes';
import { noteBlocks } from '../../../../common/compare/noteBlocks';
import { noteComparisonSchema, type ComparedBlock, type NoteComparison } from '../../../../common/compare/noteComparison';
import { editorState, headingNode, paragraphNode, textNode, type SerializedNode } from '../../../../common/editorState';
import { makeNote } from '../../../support/noteFiles';
import { snippetNode } from '../../../support/snippetNodes';
import { fortyPageBody, listNode, paragraph, paragraphIndex, reviewedFortyPageBody, tableNode } from '../../../support/compareFixtures';

const base = makeNote({ id: 'note-compare', subject: 'Export controls' });

function version(children: SerializedNode[], metadata: Record<string, string> = {}): ComparableNote {
  return { template: base.template, metadata: { ...base.metadata, ...metadata }, body: editorState(children) };
}

const changed = (comparison: NoteComparison) => comparison.blocks.filter((block) => block.change !== 'same');
/** A block's text as it read before (kept and struck words) and after (kept and inserted words). */
const beforeText = (block: ComparedBlock) => block.parts.filter((part) => part.change !== 'added').map((part) => part.text).join('');
const afterText = (block: ComparedBlock) => block.parts.filter((part) => part.change !== 'removed').map((part) => part.text).join('');

const SUMMARY = 'The review weighs tiered licensing for consumer technology.';
const RISKS = 'Allies may read the change as a loosening of controls on advanced chips.';
const TIMING = 'A decision is needed before the March meeting of officials.';

describe('comparing two versions of a note', () => {
  it('finds nothing to mark between a version and itself, and keeps every block for context', () => {
    const note = version([headingNode('h2', 'Summary'), paragraph(SUMMARY), paragraph(RISKS)]);
    const comparison = compareNotes(note, note);
    expect(comparison.changeCount).toBe(0);
    expect(comparison.fields).toEqual([]);
    expect(comparison.blocks.map((block) => [block.change, block.kind, afterText(block)])).toEqual([
      ['same', 'heading', 'Summary'],
      ['same', 'paragraph', SUMMARY],
      ['same', 'paragraph', RISKS],
    ]);
    expect(() => noteComparisonSchema.parse(comparison)).not.toThrow();
  });

  it('marks a changed word inside its paragraph, not the whole paragraph', () => {
    const before = version([paragraph(SUMMARY), paragraph(RISKS)]);
    const after = version([paragraph(SUMMARY.replace('consumer', 'civilian')), paragraph(RISKS)]);
    const comparison = compareNotes(before, after);
    expect(comparison.changeCount).toBe(1);
    expect(changed(comparison)).toEqual([
      {
        change: 'changed',
        kind: 'paragraph',
        depth: 0,
        parts: [
          { text: 'The review weighs tiered licensing for ', change: 'same' },
          { text: 'consumer', change: 'removed' },
          { text: 'civilian', change: 'added' },
          { text: ' technology.', change: 'same' },
        ],
      },
    ]);
  });

  it('compares the details by their form labels, word by word, and only those that differ', () => {
    const before = version([paragraph(SUMMARY)], { subject: 'Export controls on chips', to: 'Minister' });
    const after = version([paragraph(SUMMARY)], { subject: 'Export controls on advanced chips', to: 'Minister', legacy: 'kept' });
    const comparison = compareNotes(before, after);
    expect(comparison.fields).toEqual([
      {
        label: 'Subject',
        parts: [
          { text: 'Export controls on ', change: 'same' },
          { text: 'advanced ', change: 'added' },
          { text: 'chips', change: 'same' },
        ],
      },
      // A value no field of the template asks for is still compared, under its id.
      { label: 'legacy', parts: [{ text: 'kept', change: 'added' }] },
    ]);
    expect(comparison.changeCount).toBe(2);
    expect(changed(comparison)).toEqual([]);
  });

  it('shows a paragraph moved to another section as one move, with where it went and where it came from', () => {
    const before = version([headingNode('h2', 'Summary'), paragraph(SUMMARY), paragraph(RISKS), headingNode('h2', 'Background'), paragraph(TIMING)]);
    const after = version([headingNode('h2', 'Summary'), paragraph(SUMMARY), headingNode('h2', 'Background'), paragraph(TIMING), paragraph(RISKS)]);
    const comparison = compareNotes(before, after);
    expect(comparison.changeCount).toBe(1);
    expect(changed(comparison)).toEqual([
      { change: 'moved-from', kind: 'paragraph', depth: 0, parts: [{ text: RISKS, change: 'removed' }], note: 'Moved to paragraph 2 of “Background”', moveId: 1 },
      { change: 'moved-to', kind: 'paragraph', depth: 0, parts: [{ text: RISKS, change: 'same' }], note: 'Moved from paragraph 2 of “Summary”', moveId: 1 },
    ]);
    // In reading order: the struck original where it was, the moved paragraph where it is now.
    expect(comparison.blocks.map((block) => block.change)).toEqual(['same', 'same', 'moved-from', 'same', 'same', 'moved-to']);
  });

  it('shows a paragraph moved and edited on the way as a move with its changed words marked', () => {
    const edited = RISKS.replace('may read', 'could read');
    const before = version([paragraph(RISKS), paragraph(SUMMARY), paragraph(TIMING)]);
    const after = version([paragraph(SUMMARY), paragraph(TIMING), paragraph(edited)]);
    const [from, to] = changed(compareNotes(before, after));
    expect(from).toMatchObject({ change: 'moved-from', note: 'Moved to paragraph 3 at the top of the note' });
    expect(to).toMatchObject({ change: 'moved-to', note: 'Moved from paragraph 1 at the top of the note', moveId: from.moveId });
    expect(to.parts.filter((part) => part.change !== 'same')).toEqual([
      { text: 'may', change: 'removed' },
      { text: 'could', change: 'added' },
    ]);
  });

  it('shows a paragraph split in two as one change with the new break marked, no words removed', () => {
    const before = version([paragraph(`${SUMMARY} ${RISKS}`), paragraph(TIMING)]);
    const after = version([paragraph(SUMMARY), paragraph(RISKS), paragraph(TIMING)]);
    const comparison = compareNotes(before, after);
    expect(comparison.changeCount).toBe(1);
    const [split] = changed(comparison);
    expect(split).toMatchObject({ change: 'changed', kind: 'paragraph', note: 'Split into 2 paragraphs' });
    expect(split.parts).toEqual([
      { text: SUMMARY, change: 'same' },
      { text: ' ', change: 'removed' },
      { text: '\n', change: 'added' },
      { text: RISKS, change: 'same' },
    ]);
  });

  it('shows two paragraphs joined into one as one change', () => {
    const before = version([paragraph(SUMMARY), paragraph(RISKS)]);
    const after = version([paragraph(`${SUMMARY} ${RISKS}`)]);
    const [joined, ...rest] = changed(compareNotes(before, after));
    expect(rest).toEqual([]);
    expect(joined).toMatchObject({ change: 'changed', note: 'Joined from 2 paragraphs' });
    expect(beforeText(joined)).toBe(`${SUMMARY}\n${RISKS}`);
    expect(afterText(joined)).toBe(`${SUMMARY} ${RISKS}`);
  });

  it('shows reordered list items as moves of list items, nested items one level deeper', () => {
    const nested = listNode('bullet', ['Consult the regional desk']);
    const before = version([listNode('number', ['Agree the licensing option', 'Note the allies’ concerns', 'Sign the letter to industry']), listNode('bullet', [nested])]);
    const after = version([listNode('number', ['Sign the letter to industry', 'Agree the licensing option', 'Note the allies’ concerns']), listNode('bullet', [nested])]);
    const comparison = compareNotes(before, after);
    expect(comparison.changeCount).toBe(1);
    expect(changed(comparison).map((block) => [block.change, block.kind, afterText(block), block.note])).toEqual([
      ['moved-to', 'list item', 'Sign the letter to industry', 'Moved from list item 3 at the top of the note'],
      ['moved-from', 'list item', '', 'Moved to list item 1 at the top of the note'],
    ]);
    expect(comparison.blocks.find((block) => afterText(block) === 'Consult the regional desk')).toMatchObject({ change: 'same', depth: 1 });
  });

  it('compares a table row by row, marking the changed cell’s words', () => {
    const before = version([tableNode([['Option', 'Cost'], ['Tiered licensing', '$2 million'], ['Status quo', 'none']])]);
    const after = version([tableNode([['Option', 'Cost'], ['Tiered licensing', '$3 million'], ['Status quo', 'none'], ['Full ban', '$9 million']])]);
    const comparison = compareNotes(before, after);
    expect(changed(comparison).map((block) => [block.change, block.kind, block.parts.filter((part) => part.change !== 'same')])).toEqual([
      ['changed', 'table row', [{ text: '$2', change: 'removed' }, { text: '$3', change: 'added' }]],
      ['added', 'table row', [{ text: 'Full ban | $9 million', change: 'added' }]],
    ]);
  });

  it('compares linked snippets by their text: a new source revision with the same words is no change', () => {
    const snippet = (text: string, sourceRevision: number) =>
      paragraphNode([textNode('As reported, '), snippetNode({ id: 's1', developmentId: 'dev-1', text, sourceRevision })]);
    const before = version([snippet('exports fell by a tenth.', 1)]);
    expect(compareNotes(before, version([snippet('exports fell by a tenth.', 4)])).changeCount).toBe(0);
    const [edit] = changed(compareNotes(before, version([snippet('exports fell by a fifth.', 1)])));
    expect(edit.parts).toEqual([
      { text: 'As reported, exports fell by a ', change: 'same' },
      { text: 'tenth.', change: 'removed' },
      { text: 'fifth.', change: 'added' },
    ]);
  });

  it('says so when a block keeps its words but changes kind (a paragraph made a heading)', () => {
    const [block] = changed(compareNotes(version([paragraph('Background')]), version([headingNode('h2', 'Background')])));
    expect(block).toMatchObject({ change: 'changed', kind: 'heading', note: 'Was a paragraph, now a heading', parts: [{ text: 'Background', change: 'same' }] });
  });

  it('compares empty versions: nothing against nothing, and everything added or removed', () => {
    const empty = version([paragraphNode()]);
    const full = version([headingNode('h2', 'Summary'), paragraph(SUMMARY)]);
    expect(compareNotes(empty, empty)).toEqual({ fields: [], blocks: [], changeCount: 0 });
    expect(compareNotes(version([]), empty).changeCount).toBe(0);
    expect(compareNotes(empty, full).blocks.map((block) => block.change)).toEqual(['added', 'added']);
    expect(compareNotes(full, empty).blocks.map((block) => block.change)).toEqual(['removed', 'removed']);
    expect(compareNotes(full, empty).changeCount).toBe(2);
  });

  it('does not take a page break or a blank line for a moved block', () => {
    const pageBreak: SerializedNode = { type: 'page-break', version: 1 };
    const before = version([paragraph(SUMMARY), pageBreak, paragraph(RISKS), paragraphNode()]);
    const after = version([paragraphNode(), pageBreak, paragraph(RISKS), paragraph(SUMMARY)]);
    const comparison = compareNotes(before, after);
    expect(changed(comparison).map((block) => block.change)).toEqual(['moved-from', 'moved-to']);
    expect(comparison.blocks.filter((block) => block.kind === 'page break').map((block) => block.change)).toEqual(['same']);
  });

  it('compares a 40-page note after a review: one edit, one move, one deletion, one addition', () => {
    const before = version(fortyPageBody().root.children);
    const after = version(reviewedFortyPageBody().root.children);
    expect(noteBlocks(before.body)).toHaveLength(440);
    const comparison = compareNotes(before, after);
    expect(comparison.changeCount).toBe(4);
    const summary = changed(comparison).map((block) => [block.change, block.note ?? '']);
    expect(summary).toEqual([
      ['changed', ''],
      ['moved-from', 'Moved to paragraph 1 of “Part 16”'],
      ['removed', ''],
      ['added', ''],
      ['moved-to', 'Moved from paragraph 5 of “Part 4”'],
    ]);
    const [edit] = changed(comparison);
    expect(edit.parts.filter((part) => part.change !== 'same')).toEqual([
      { text: 'Point', change: 'removed' },
      { text: 'Item', change: 'added' },
    ]);
    const removedText = String(fortyPageBody().root.children[paragraphIndex(8, 6)].children?.[0]?.text);
    expect(changed(comparison)[2].parts).toEqual([{ text: removedText, change: 'removed' }]);
  });

  it('changes since a clearance are the cleared version against the note now', () => {
    const cleared = version([paragraph(SUMMARY)], { subject: 'Cleared subject' });
    const now = version([paragraph(SUMMARY), paragraph(RISKS)], { subject: 'Cleared subject' });
    expect(changesSince(cleared, now)).toEqual(compareNotes(cleared, now));
    expect(changesSince(cleared, now).changeCount).toBe(1);
  });
});

describe('a redline read one side at a time', () => {
  // Short paragraphs from a small vocabulary, so versions share, repeat and move blocks.
  const words = fc.constantFrom('export', 'controls', 'chips', 'allies', 'review', 'licence', 'minister', 'the', 'on', 'and');
  const text = fc.array(words, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
  const body = fc.array(fc.oneof(text.map((t) => ['p', t] as const), text.map((t) => ['h', t] as const)), { maxLength: 14 });
  const nodes = (blocks: readonly (readonly ['p' | 'h', string])[]) => blocks.map(([kind, t]) => (kind === 'h' ? headingNode('h2', t) : paragraph(t)));

  it('gives back each version exactly: struck and kept words the old one, inserted and kept words the new one', () => {
    fc.assert(
      fc.property(body, body, (was, now) => {
        const before = version(nodes(was));
        const after = version(nodes(now));
        const comparison = compareNotes(before, after);
        const oldSide = comparison.blocks.filter((block) => block.change !== 'added' && block.change !== 'moved-to').map(beforeText);
        const newSide = comparison.blocks.filter((block) => block.change !== 'removed' && block.change !== 'moved-from').map(afterText);
        expect(oldSide.join('\n')).toBe(noteBlocks(before.body).map((block) => block.text).join('\n'));
        expect(newSide.join('\n')).toBe(noteBlocks(after.body).map((block) => block.text).join('\n'));
        // A move is counted once, and its two halves carry the same number.
        const moves = comparison.blocks.filter((block) => block.moveId !== undefined);
        expect(moves.filter((block) => block.change === 'moved-from').length).toBe(moves.filter((block) => block.change === 'moved-to').length);
      }),
      { numRuns: 400 },
    );
  });
});
