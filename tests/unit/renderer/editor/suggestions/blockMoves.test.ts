import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $setSelection, createEditor, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { acceptedNodes, blockSuggestionsIn } from '../../../../../common/suggestions';
import type { SerializedNode } from '../../../../../common/editorState';
import { $moveBlock } from '../../../../../renderer/editor/suggestions/blockMoves';
import { $moveOf } from '../../../../../renderer/editor/suggestions/blockState';
import { $decideSuggestions, $listSuggestions, $suggestDelete, type SuggestionMaker } from '../../../../../renderer/editor/suggestions/suggestionEdits';
import { $suggestParagraphBreak } from '../../../../../renderer/editor/suggestions/paragraphBreaks';
import { SuggestionNode } from '../../../../../renderer/editor/suggestions/SuggestionNode';

let ids = 0;
const RAE: SuggestionMaker = { author: { name: 'Rae Reviewer', initials: 'RR', office: '' }, newId: () => `m${++ids}`, now: () => '2026-12-07T10:00:00.000Z' };

const newEditor = () => createEditor({ namespace: 'test', nodes: [SuggestionNode, ListNode, ListItemNode], onError: (error) => { throw error; } });

function run(editor: LexicalEditor, change: () => void) {
  editor.update(change, { discrete: true });
}

/** Paragraphs A, B, C; A's text bold, so a block that comes back is known to be the same one. */
function editorWithParagraphs(): LexicalEditor {
  const editor = newEditor();
  run(editor, () => $getRoot().append(...['A', 'B', 'C'].map((text, index) => $createParagraphNode().append($createTextNode(text).setFormat(index === 0 ? 1 : 0)))));
  return editor;
}

/** The blocks of a container as lines: a stand-in as (from)text, a moved block as (to)text. */
function shown(editor: LexicalEditor, container: () => ElementNode = () => $getRoot()): string[] {
  return editor.getEditorState().read(() =>
    container()
      .getChildren<ElementNode>()
      .map((block) => `${$moveOf(block) ? `(${$moveOf(block)!.side})` : ''}${block.getTextContent()}`),
  );
}

/** The caret in the block whose text is `text` (the moved one, not its stand-in), at its start. */
function $caretIn(text: string, container: ElementNode = $getRoot()) {
  const block = container.getChildren<ElementNode>().find((candidate) => candidate.getTextContent() === text && $moveOf(candidate)?.side !== 'from')!;
  const node = block.getFirstDescendant<TextNode>()!;
  const caret = $createRangeSelection();
  caret.anchor.set(node.getKey(), 0, 'text');
  caret.focus.set(node.getKey(), 0, 'text');
  $setSelection(caret);
  return caret;
}

const move = (editor: LexicalEditor, text: string, direction: 'up' | 'down', maker: SuggestionMaker | null) => {
  let outcome = '';
  run(editor, () => {
    outcome = $moveBlock($caretIn(text), direction, maker);
  });
  return outcome;
};

describe('moving a paragraph', () => {
  it('moves it past its neighbour, and says when it is already at the edge', () => {
    const editor = editorWithParagraphs();
    expect(move(editor, 'A', 'down', null)).toBe('moved');
    expect(shown(editor)).toEqual(['B', 'A', 'C']);
    expect(move(editor, 'B', 'up', null)).toBe('at-edge');
    expect(editor.getEditorState().read(() => $listSuggestions())).toEqual([]);
  });

  it('while suggesting, leaves a stand-in where it was and lists one move; Accept drops the stand-in', () => {
    const editor = editorWithParagraphs();
    expect(move(editor, 'A', 'down', RAE)).toBe('suggested');
    expect(shown(editor)).toEqual(['(from)A', 'B', '(to)A', 'C']);
    // Moved on: still one suggestion.
    expect(move(editor, 'A', 'down', RAE)).toBe('moved');
    expect(shown(editor)).toEqual(['(from)A', 'B', 'C', '(to)A']);
    const listed = editor.getEditorState().read(() => $listSuggestions());
    expect(listed).toMatchObject([{ moved: true, text: 'A', author: { name: 'Rae Reviewer' } }]);
    // The stand-in does not move.
    run(editor, () => {
      const standIn = $getRoot().getFirstChildOrThrow<ElementNode>();
      expect($moveBlock(standIn.selectStart(), 'down', RAE)).toBe('stand-in');
    });

    const saved = editor.getEditorState().toJSON().root.children as unknown as SerializedNode[];
    expect(blockSuggestionsIn(saved)).toMatchObject([{ suggestionId: listed[0]!.suggestionId, moved: true, text: 'A' }]);
    expect(acceptedNodes(saved).map((block) => (block.children ?? []).map((child) => child.text).join(''))).toEqual(['B', 'C', 'A']);

    run(editor, () => void $decideSuggestions(listed[0]!.suggestionId, true));
    expect(shown(editor)).toEqual(['B', 'C', 'A']);
  });

  it('Reject puts the block itself back in the stand-in’s place, formatting and all', () => {
    const editor = editorWithParagraphs();
    move(editor, 'A', 'down', RAE);
    move(editor, 'A', 'down', RAE);
    run(editor, () => void $decideSuggestions(null, false));
    expect(shown(editor)).toEqual(['A', 'B', 'C']);
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().hasFormat('bold'))).toBe(true);
  });

  it('moved back beside its stand-in, the suggestion is taken back', () => {
    const editor = editorWithParagraphs();
    move(editor, 'B', 'down', RAE);
    expect(shown(editor)).toEqual(['A', '(from)B', 'C', '(to)B']);
    expect(move(editor, 'B', 'up', RAE)).toBe('withdrawn');
    expect(shown(editor)).toEqual(['A', 'B', 'C']);
    // And the same moving up first, then back down past the stand-in's neighbour.
    move(editor, 'B', 'up', RAE);
    expect(shown(editor)).toEqual(['(to)B', 'A', '(from)B', 'C']);
    expect(move(editor, 'B', 'down', RAE)).toBe('withdrawn');
    expect(shown(editor)).toEqual(['A', 'B', 'C']);
    expect(editor.getEditorState().read(() => $listSuggestions())).toEqual([]);
  });

  it('moves a list item within its list, leaving a list item as its stand-in', () => {
    const editor = newEditor();
    run(editor, () => $getRoot().append($createListNode('bullet').append(...['One', 'Two'].map((text) => $createListItemNode().append($createTextNode(text))))));
    const list = () => $getRoot().getFirstChildOrThrow<ElementNode>();
    run(editor, () => void $moveBlock($caretIn('Two', list()), 'up', RAE));
    expect(shown(editor, list)).toEqual(['(to)Two', 'One', '(from)Two']);
    expect(editor.getEditorState().read(() => list().getChildren().every((child) => child.getType() === 'listitem'))).toBe(true);
  });

  it('is refused beside a suggested paragraph break, which would then stand between other blocks', () => {
    const editor = editorWithParagraphs();
    run(editor, () => void $suggestParagraphBreak($caretIn('B'), RAE));
    expect(shown(editor)).toEqual(['A', '', 'B', 'C']);
    expect(move(editor, 'A', 'down', RAE)).toBe('break-beside');
    expect(move(editor, 'C', 'up', null)).toBe('break-beside');
    expect(move(editor, 'C', 'down', null)).toBe('at-edge');
  });

  it('leaves a stand-in out of paragraph joins, in the editor and in what is printed', () => {
    const editor = editorWithParagraphs();
    move(editor, 'B', 'down', RAE);
    expect(shown(editor)).toEqual(['A', '(from)B', 'C', '(to)B']);
    run(editor, () => expect($suggestDelete($caretIn('C'), true, 'character', RAE)).toBe('not-joinable'));
    const saved = editor.getEditorState().toJSON().root.children as unknown as SerializedNode[];
    // A join after a stand-in (a file written otherwise) does not run into the block before the stand-in.
    const joinAfterStandIn = saved.map((block, index) => (index === 2 ? { ...block, $: { suggestedBreak: { suggestionId: 'j1', kind: 'delete', author: RAE.author, createdAt: '2026-12-07T10:00:00.000Z' } } } : block));
    expect(acceptedNodes(joinAfterStandIn).map((block) => (block.children ?? []).map((child) => child.text).join(''))).toEqual(['A', 'C', 'B']);
  });

  it('stays with its block when Enter splits a list item (the new item carries no suggestion)', () => {
    const editor = newEditor();
    run(editor, () => $getRoot().append($createListNode('bullet').append(...['One', 'Two'].map((text) => $createListItemNode().append($createTextNode(text))))));
    const list = () => $getRoot().getFirstChildOrThrow<ElementNode>();
    run(editor, () => void $moveBlock($caretIn('Two', list()), 'up', RAE));
    run(editor, () => {
      const caret = $caretIn('Two', list());
      caret.anchor.offset = caret.focus.offset = 3;
      caret.insertParagraph();
    });
    expect(shown(editor, list)).toEqual(['(to)Two', '', 'One', '(from)Two']);
  });
});

