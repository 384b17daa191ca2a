import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createRangeSelection, $createTextNode, $getRoot, $setSelection, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { blockSuggestionsIn, hasBlockTypeSuggestions, suggestionVerb, type ListedSuggestion, type SuggestedBlockType } from '../../../../../common/suggestions';
import { editorState, type SerializedNode } from '../../../../../common/editorState';
import { newNote, withFormatVersion } from '../../../../../common/note';
import { $blockTypeOf, $suggestBlockType, type TypeChangeOutcome } from '../../../../../renderer/editor/suggestions/blockTypes';
import { $suggestParagraphBreak } from '../../../../../renderer/editor/suggestions/paragraphBreaks';
import { $breakBefore, $setBreakBefore, $typeChangeOf } from '../../../../../renderer/editor/suggestions/blockState';
import { $decideSuggestions, $listSuggestions } from '../../../../../renderer/editor/suggestions/suggestionEdits';
import { editorWith, makerFor, run } from '../../../../support/suggestingEditor';

const RAE = makerFor('Rae Reviewer');
const WEN = makerFor('Wen Word');

/** The blocks as "type:text", with "(was type)" where a type change is suggested. */
function shown(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren<ElementNode>()
      .map((block) => {
        const change = $typeChangeOf(block);
        return `${$blockTypeOf(block) ?? block.getType()}${change ? ` (was ${change.from})` : ''}:${block.getTextContent()}`;
      }),
  );
}

/** Selects from the start of block `first` to the end of block `last` and suggests `next` there. */
function suggest(editor: LexicalEditor, first: number, last: number, next: SuggestedBlockType, maker = RAE): TypeChangeOutcome {
  let outcome: TypeChangeOutcome = 'unchanged';
  run(editor, () => {
    const blocks = $getRoot().getChildren<ElementNode>();
    const selection = $createRangeSelection();
    selection.anchor.set(blocks[first]!.getKey(), 0, 'element');
    selection.focus.set(blocks[last]!.getKey(), blocks[last]!.getChildrenSize(), 'element');
    $setSelection(selection);
    outcome = $suggestBlockType(selection, next, maker);
  });
  return outcome;
}

const list = (editor: LexicalEditor): ListedSuggestion[] => editor.getEditorState().read(() => $listSuggestions());
const decide = (editor: LexicalEditor, id: string | null, accept: boolean) => run(editor, () => void $decideSuggestions(id, accept));

describe('a block’s type changed while suggesting', () => {
  it('shows the new type at once and lists it; Reject gives the old type back, Accept keeps the new one', () => {
    const editor = editorWith('Background', 'The port asked for dredging.');
    expect(suggest(editor, 0, 0, 'h2')).toBe('suggested');
    expect(shown(editor)).toEqual(['h2 (was paragraph):Background', 'paragraph:The port asked for dredging.']);
    const [listed] = list(editor);
    expect(listed).toMatchObject({ kind: 'format', blockType: { from: 'paragraph', to: 'h2' }, text: 'Background', author: { name: 'Rae Reviewer' } });
    expect(suggestionVerb(listed!)).toBe('Heading, was paragraph');

    decide(editor, listed!.suggestionId, false);
    expect(shown(editor)).toEqual(['paragraph:Background', 'paragraph:The port asked for dredging.']);
    expect(list(editor)).toEqual([]);

    suggest(editor, 0, 1, 'quote');
    expect(list(editor).map(suggestionVerb)).toEqual(['Quote, was paragraph', 'Quote, was paragraph']);
    decide(editor, null, true);
    expect(shown(editor)).toEqual(['quote:Background', 'quote:The port asked for dredging.']);
    expect(list(editor)).toEqual([]);
  });

  it('keeps the first type through later changes, and a block turned back to it carries no suggestion', () => {
    const editor = editorWith('Costs');
    suggest(editor, 0, 0, 'h2');
    const id = list(editor)[0]!.suggestionId;
    suggest(editor, 0, 0, 'h3');
    expect(shown(editor)).toEqual(['h3 (was paragraph):Costs']);
    expect(list(editor)[0]!.suggestionId).toBe(id);
    expect(suggest(editor, 0, 0, 'h3')).toBe('unchanged');
    suggest(editor, 0, 0, 'paragraph');
    expect(shown(editor)).toEqual(['paragraph:Costs']);
    expect(list(editor)).toEqual([]);
  });

  it('makes another person’s suggested change one’s own, still recording the block’s first type', () => {
    const editor = editorWith('Costs');
    suggest(editor, 0, 0, 'h2', RAE);
    const theirs = list(editor)[0]!.suggestionId;
    suggest(editor, 0, 0, 'quote', WEN);
    const [listed] = list(editor);
    expect(listed).toMatchObject({ author: { name: 'Wen Word' }, blockType: { from: 'paragraph', to: 'quote' } });
    expect(listed!.suggestionId).not.toBe(theirs);
  });

  it('leaves out the block a selection ends at the very start of (Shift+Down from a paragraph’s start)', () => {
    const editor = editorWith('Background', 'The port asked for dredging.');
    run(editor, () => {
      const [first, second] = $getRoot().getChildren<ElementNode>();
      const selection = $createRangeSelection();
      selection.anchor.set(first!.getFirstDescendant()!.getKey(), 0, 'text');
      selection.focus.set(second!.getFirstDescendant()!.getKey(), 0, 'text');
      $setSelection(selection);
      expect($suggestBlockType(selection, 'h2', RAE)).toBe('suggested');
    });
    expect(shown(editor)).toEqual(['h2 (was paragraph):Background', 'paragraph:The port asked for dredging.']);
  });

  it('splits with Enter into two blocks that both carry the change, and Reject turns both back', () => {
    const editor = editorWith('Costs and timing');
    suggest(editor, 0, 0, 'h3');
    run(editor, () => {
      const text = $getRoot().getFirstDescendant()!;
      const caret = $createRangeSelection();
      caret.anchor.set(text.getKey(), 5, 'text');
      caret.focus.set(text.getKey(), 5, 'text');
      $setSelection(caret);
      expect($suggestParagraphBreak(caret, RAE)).toBe(true);
    });
    expect(shown(editor)).toEqual(['h3 (was paragraph):Costs', 'h3 (was paragraph): and timing']);
    expect(list(editor).filter((item) => item.blockType)).toHaveLength(1);
    decide(editor, list(editor).find((item) => item.blockType)!.suggestionId, false);
    expect(shown(editor)).toEqual(['paragraph:Costs', 'paragraph: and timing']);
  });

  it('leaves headings of other levels (pasted from elsewhere) alone: they are not among the toolbar’s types', () => {
    const editor = editorWith();
    run(editor, () => $getRoot().append($createHeadingNode('h4').append($createTextNode('Annex'))));
    expect(suggest(editor, 0, 0, 'h2')).toBe('not-a-text-block');
    expect(shown(editor)).toEqual(['heading:Annex']);
  });

  it('changes nothing when the selection takes in a list item, and says why', () => {
    const editor = editorWith('Options');
    run(editor, () => $getRoot().append($createListNode('bullet').append($createListItemNode().append($createTextNode('Dredge now')))));
    expect(suggest(editor, 0, 1, 'h2')).toBe('not-a-text-block');
    expect(shown(editor)).toEqual(['paragraph:Options', 'list:Dredge now']);
  });

  it('keeps a suggested paragraph break on the block whose type changes, and Reject all undoes both', () => {
    const editor = editorWith('Costs are shared.', 'Timing');
    run(editor, () => $setBreakBefore($getRoot().getChildAtIndex(1)!, { suggestionId: 'b1', kind: 'insert', author: RAE.author, createdAt: '2026-12-08T09:00:00.000Z' }));
    suggest(editor, 1, 1, 'h3');
    expect(editor.getEditorState().read(() => $breakBefore($getRoot().getChildAtIndex(1)!)?.suggestionId)).toBe('b1');
    expect(list(editor).map((item) => (item.paragraphBreak ? 'break' : suggestionVerb(item)))).toEqual(['break', 'Subheading, was paragraph']);
    decide(editor, null, false);
    expect(shown(editor)).toEqual(['paragraph:Costs are shared.Timing']);
  });

  it('is saved in the block’s node state, read back by the note’s own listing, and written as note format 8', () => {
    const editor = editorWith('Background');
    suggest(editor, 0, 0, 'h2');
    const body = editor.getEditorState().toJSON() as unknown as { root: { children: SerializedNode[] } };
    const [heading] = body.root.children;
    expect(heading).toMatchObject({ type: 'heading', tag: 'h2', $: { suggestedBlockType: { from: 'paragraph', author: { name: 'Rae Reviewer' } } } });
    expect(blockSuggestionsIn(body.root.children)).toMatchObject([{ kind: 'format', blockType: { from: 'paragraph', to: 'h2' }, text: 'Background' }]);
    expect(hasBlockTypeSuggestions(body.root.children)).toBe(true);
    const template = { id: 'decision-note', name: 'Decision note', sections: [], fields: [] } as unknown as Parameters<typeof newNote>[0];
    const note = { ...newNote(template, 'dredging', new Date('2026-12-08T09:00:00Z'), { subject: 'Harbour dredging' }), body: editorState(body.root.children) };
    expect(withFormatVersion(note).formatVersion).toBe(8);
    // Data that does not read is dropped: the block stays as it is, with no suggestion.
    const damaged = { ...heading!, $: { suggestedBlockType: { from: 'table' } } };
    expect(blockSuggestionsIn([damaged])).toEqual([]);
  });
});
