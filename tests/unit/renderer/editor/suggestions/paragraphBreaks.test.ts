import { ListItemNode, ListNode, $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $setSelection, createEditor, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { acceptedNodes, hasBlockSuggestions, blockSuggestionsIn, type ListedSuggestion } from '../../../../../common/suggestions';
import { paragraphNode, textNode, type SerializedNode } from '../../../../../common/editorState';
import { $suggestParagraphBreak } from '../../../../../renderer/editor/suggestions/paragraphBreaks';
import { $breakBefore } from '../../../../../renderer/editor/suggestions/blockState';
import { $decideSuggestions, $listSuggestions, $suggestDelete } from '../../../../../renderer/editor/suggestions/suggestionEdits';
import { SuggestionNode } from '../../../../../renderer/editor/suggestions/SuggestionNode';
import { editorWith, makerFor, run } from '../../../../support/suggestingEditor';

const RAE = makerFor('Rae Reviewer');
const WEN = makerFor('Wen Word');

/** The blocks as lines, each suggested break shown before its block as [¶+] or [¶-]. */
function shown(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren<ElementNode>()
      .map((block) => {
        const suggested = $breakBefore(block);
        return `${suggested ? `[¶${suggested.kind === 'insert' ? '+' : '-'}]` : ''}${block.getTextContent()}`;
      }),
  );
}

/** Puts the caret in the nth block's text at an offset (-1: its end) and returns it. */
function $caretIn(block: number, offset: number) {
  const text = $getRoot().getChildAtIndex<ElementNode>(block)!.getFirstDescendant()!;
  const at = offset < 0 ? text.getTextContentSize() : offset;
  const caret = $createRangeSelection();
  caret.anchor.set(text.getKey(), at, 'text');
  caret.focus.set(text.getKey(), at, 'text');
  $setSelection(caret);
  return caret;
}

function $caret() {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('no caret');
  return selection;
}

const list = (editor: LexicalEditor): ListedSuggestion[] => editor.getEditorState().read(() => $listSuggestions());
const decide = (editor: LexicalEditor, id: string | null, accept: boolean) => run(editor, () => void $decideSuggestions(id, accept));

describe('Enter while suggesting', () => {
  it('splits the paragraph and marks the new break; Reject joins it back, Accept keeps it', () => {
    const editor = editorWith('Dredging starts in May. Costs are shared.');
    run(editor, () => expect($suggestParagraphBreak($caretIn(0, 23), RAE)).toBe(true));
    expect(shown(editor)).toEqual(['Dredging starts in May.', '[¶+] Costs are shared.']);
    const [listed] = list(editor);
    expect(listed).toMatchObject({ paragraphBreak: true, kind: 'insert', text: ' Costs are shared.', author: { name: 'Rae Reviewer' } });

    decide(editor, listed!.suggestionId, false);
    expect(shown(editor)).toEqual(['Dredging starts in May. Costs are shared.']);
    expect(list(editor)).toEqual([]);

    run(editor, () => void $suggestParagraphBreak($caretIn(0, 23), RAE));
    decide(editor, null, true);
    expect(shown(editor)).toEqual(['Dredging starts in May.', ' Costs are shared.']);
    expect(list(editor)).toEqual([]);
  });

  it('at a block’s start keeps the break that was before it where it was', () => {
    const editor = editorWith('One. Two.');
    run(editor, () => void $suggestParagraphBreak($caretIn(0, 4), RAE));
    run(editor, () => void $suggestParagraphBreak($caretIn(1, 0), WEN));
    expect(shown(editor)).toEqual(['One.', '[¶+]', '[¶+] Two.']);
    const [first, second] = list(editor);
    expect([first!.author.name, second!.author.name]).toEqual(['Rae Reviewer', 'Wen Word']);
  });

  it('leaves an empty list item to the editor (Enter there leaves the list)', () => {
    const editor = createEditor({ namespace: 'test', nodes: [SuggestionNode, ListNode, ListItemNode], onError: (error) => { throw error; } });
    run(editor, () => {
      const item = $createListItemNode();
      $getRoot().append($createListNode('bullet').append(item));
      expect($suggestParagraphBreak(item.select(), RAE)).toBe(false);
    });
  });
});

describe('joining paragraphs while suggesting', () => {
  it('Backspace at a paragraph’s start marks the break for deletion and goes on from the text before it', () => {
    const editor = editorWith('Dredging starts in May.', 'Costs are shared.');
    run(editor, () => expect($suggestDelete($caretIn(1, 0), true, 'character', RAE)).toBe('joined'));
    expect(shown(editor)).toEqual(['Dredging starts in May.', '[¶-]Costs are shared.']);
    expect(list(editor)[0]).toMatchObject({ paragraphBreak: true, kind: 'delete' });
    // The next Backspace takes the full stop before the break, as a suggested deletion.
    run(editor, () => expect($suggestDelete($caret(), true, 'character', RAE)).toBe('suggested'));
    expect(list(editor).map((item) => (item.paragraphBreak ? '¶' : item.text))).toEqual(['.', '¶']);

    decide(editor, null, true);
    expect(shown(editor)).toEqual(['Dredging starts in MayCosts are shared.']);
  });

  it('Delete at a paragraph’s end marks the same break, and a second Delete crosses it to the next text', () => {
    const editor = editorWith('One.', 'Two.');
    run(editor, () => expect($suggestDelete($caretIn(0, -1), false, 'character', RAE)).toBe('joined'));
    run(editor, () => expect($suggestDelete($caret(), false, 'character', RAE)).toBe('suggested'));
    expect(list(editor).map((item) => (item.paragraphBreak ? '¶' : item.text))).toEqual(['¶', 'T']);
    decide(editor, null, false);
    expect(shown(editor)).toEqual(['One.', 'Two.']);
  });

  it('takes back one’s own new paragraph directly, and leaves another person’s for the review', () => {
    const editor = editorWith('One. Two.');
    run(editor, () => void $suggestParagraphBreak($caretIn(0, 4), RAE));
    run(editor, () => expect($suggestDelete($caretIn(1, 0), true, 'character', WEN)).toBe('theirs'));
    expect(shown(editor)).toEqual(['One.', '[¶+] Two.']);
    run(editor, () => expect($suggestDelete($caretIn(1, 0), true, 'character', RAE)).toBe('withdrawn'));
    expect(shown(editor)).toEqual(['One. Two.']);
    expect(list(editor)).toEqual([]);
  });

  it('refuses to join a paragraph to a list', () => {
    const editor = createEditor({ namespace: 'test', nodes: [SuggestionNode, ListNode, ListItemNode], onError: (error) => { throw error; } });
    run(editor, () => $getRoot().append($createListNode('bullet').append($createListItemNode().append($createTextNode('Item'))), $createParagraphNode().append($createTextNode('After'))));
    run(editor, () => expect($suggestDelete($caretIn(1, 0), true, 'character', RAE)).toBe('not-joinable'));
  });

  it('is saved on the block, read back, and read by the print as accepted', () => {
    const editor = editorWith('One.', 'Two.', 'Three.');
    run(editor, () => void $suggestDelete($caretIn(1, 0), true, 'character', RAE));
    run(editor, () => void $suggestParagraphBreak($caretIn(2, 3), RAE));
    const saved = editor.getEditorState().toJSON().root.children as unknown as SerializedNode[];
    expect(saved[1]!.$).toMatchObject({ suggestedBreak: { kind: 'delete', author: { name: 'Rae Reviewer' } } });
    expect(hasBlockSuggestions(saved)).toBe(true);
    expect(blockSuggestionsIn(saved).map((item) => [item.kind, item.text])).toEqual([
      ['delete', 'Two.'],
      ['insert', 'ee.'],
    ]);
    expect(acceptedNodes(saved).map((block) => (block.children ?? []).map((child) => child.text).join(''))).toEqual(['One.Two.', 'Thr', 'ee.']);

    const reopened = createEditor({ namespace: 'test', nodes: [SuggestionNode], onError: (error) => { throw error; } });
    reopened.setEditorState(reopened.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
    expect(shown(reopened)).toEqual(['One.', '[¶-]Two.', 'Thr', '[¶+]ee.']);
  });

  it('drops break data that does not read, keeping both blocks as they are', () => {
    const damaged = [paragraphNode([textNode('One.')]), { ...paragraphNode([textNode('Two.')]), $: { suggestedBreak: { kind: 'sideways' } } }];
    expect(hasBlockSuggestions(damaged)).toBe(false);
    expect(acceptedNodes(damaged)).toBe(damaged);
    const editor = createEditor({ namespace: 'test', nodes: [SuggestionNode], onError: (error) => { throw error; } });
    editor.setEditorState(editor.parseEditorState(JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: damaged } })));
    expect(shown(editor)).toEqual(['One.', 'Two.']);
  });
});
