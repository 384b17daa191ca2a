import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $isRangeSelection, $getSelection, createEditor, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $decideSuggestions, $listSuggestions, $suggestComposed, $suggestDelete, $suggestDeletion, $suggestFormat, $suggestInsertion, type SuggestionMaker } from '../../../../../renderer/editor/suggestions/suggestionEdits';
import { $isSuggestionNode, SuggestionNode } from '../../../../../renderer/editor/suggestions/SuggestionNode';

const RAE: SuggestionMaker = { author: { name: 'Rae Reviewer', initials: 'RR', office: '' }, newId: (() => { let n = 0; return () => `s${++n}`; })(), now: () => '2026-12-07T10:00:00.000Z' };
const WEN: SuggestionMaker = { ...RAE, author: { name: 'Wen Word', initials: 'WW', office: '' } };

function editorWith(text: string): { editor: LexicalEditor; key: string } {
  const editor = createEditor({ namespace: 'test', nodes: [SuggestionNode], onError: (error) => { throw error; } });
  let key = '';
  editor.update(
    () => {
      const node = $createTextNode(text);
      key = node.getKey();
      $getRoot().append($createParagraphNode().append(node));
    },
    { discrete: true },
  );
  return { editor, key };
}

/** The paragraph as text, with [+inserted] and [-deleted] runs. */
function shown(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getFirstChildOrThrow<import('lexical').ElementNode>()
      .getChildren()
      .map((child) => ($isSuggestionNode(child) ? `[${child.isInsertion() ? '+' : child.isDeletion() ? '-' : '*'}${child.getTextContent()}]` : child.getTextContent()))
      .join(''),
  );
}

function run(editor: LexicalEditor, change: () => void) {
  editor.update(change, { discrete: true });
}

const caretAt = (key: string, offset: number) => {
  const selection = $createRangeSelection();
  selection.anchor.set(key, offset, 'text');
  selection.focus.set(key, offset, 'text');
  return selection;
};
const rangeOf = (key: string, from: number, to: number) => {
  const selection = $createRangeSelection();
  selection.anchor.set(key, from, 'text');
  selection.focus.set(key, to, 'text');
  return selection;
};

describe('suggesting deletions', () => {
  it('keeps deleted text as one deletion per run, stepping over text already deleted, and joins runs of the same person', () => {
    const { editor, key } = editorWith('Dredging starts in May.');
    run(editor, () => $suggestDeletion(rangeOf(key, 19, 22), true, RAE));
    expect(shown(editor)).toBe('Dredging starts in [-May].');
    // Backspace from just before the deletion takes the space before it, into the same deletion.
    run(editor, () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      expect($suggestDelete(selection, true, 'character', RAE)).toBe('suggested');
    });
    expect(shown(editor)).toBe('Dredging starts in[- May].');
    expect(editor.getEditorState().read(() => $listSuggestions()).map((item) => item.text)).toEqual([' May']);
  });

  it('withdraws the person’s own insertion rather than marking it deleted, and says when a paragraph join would be needed', () => {
    const { editor, key } = editorWith('Start.');
    run(editor, () => $suggestInsertion(caretAt(key, 0), 'New ', RAE));
    expect(shown(editor)).toBe('[+New ]Start.');
    run(editor, () => {
      const inserted = $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>().getFirstChildOrThrow<SuggestionNode>().getFirstChildOrThrow<TextNode>();
      $suggestDeletion(rangeOf(inserted.getKey(), 0, 4), true, RAE);
    });
    expect(shown(editor)).toBe('Start.');
    run(editor, () => expect($suggestDelete(caretAt(key, 0), true, 'character', RAE)).toBe('not-joinable'));
  });

  it('keeps another person’s deletion apart from one’s own', () => {
    const { editor, key } = editorWith('abcdef');
    run(editor, () => $suggestDeletion(rangeOf(key, 4, 6), true, WEN));
    run(editor, () => {
      const head = $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>().getFirstChildOrThrow<TextNode>();
      $suggestDeletion(rangeOf(head.getKey(), 2, 4), true, RAE);
    });
    expect(shown(editor)).toBe('ab[-cd][-ef]');
    expect(editor.getEditorState().read(() => $listSuggestions()).map((item) => `${item.author.name}: ${item.text}`)).toEqual(['Rae Reviewer: cd', 'Wen Word: ef']);
  });
});

describe('suggesting insertions', () => {
  it('types a selection over as a deletion followed by an insertion, and typing on adds to the insertion', () => {
    const { editor, key } = editorWith('forty towns');
    run(editor, () => $suggestInsertion(rangeOf(key, 0, 5), 'fif', RAE));
    run(editor, () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no caret');
      $suggestInsertion(selection, 'ty', RAE);
    });
    expect(shown(editor)).toBe('[-forty][+fifty] towns');
  });
});

describe('deciding suggestions', () => {
  function suggested() {
    const { editor, key } = editorWith('forty towns');
    run(editor, () => $suggestInsertion(rangeOf(key, 0, 5), 'fifty', RAE));
    return editor;
  }

  it('accepts all: the insertion stays as plain text and the deletion goes', () => {
    const editor = suggested();
    let decided = 0;
    run(editor, () => (decided = $decideSuggestions(null, true)));
    expect(decided).toBe(2);
    expect(shown(editor)).toBe('fifty towns');
  });

  it('rejects one by id, leaving the other', () => {
    const editor = suggested();
    const [deletion] = editor.getEditorState().read(() => $listSuggestions());
    run(editor, () => $decideSuggestions(deletion!.suggestionId, false));
    expect(shown(editor)).toBe('forty[+fifty] towns');
  });
});

describe('a suggestion read from a file', () => {
  it('keeps its text as a suggestion even when its data is damaged', () => {
    const editor = createEditor({ namespace: 'test', nodes: [SuggestionNode], onError: (error) => { throw error; } });
    const state = editor.parseEditorState(
      JSON.stringify({
        root: {
          type: 'root', version: 1, direction: null, format: '', indent: 0,
          children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [
            { type: 'suggestion', version: 1, kind: 'move', suggestionId: '<script>', direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'kept', format: 0, style: '', mode: 'normal', detail: 0 }] },
          ] }],
        },
      }),
    );
    editor.setEditorState(state);
    expect(shown(editor)).toBe('[+kept]');
    expect(editor.getEditorState().read(() => $listSuggestions())[0]).toMatchObject({ suggestionId: 'unreadable', author: { name: '' } });
  });
});

/** The paragraph's text with each bold run in **. */
function boldShown(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getFirstChildOrThrow<import('lexical').ElementNode>()
      .getAllTextNodes()
      .map((text) => (text.hasFormat('bold') ? `**${text.getTextContent()}**` : text.getTextContent()))
      .join(''),
  );
}

describe('suggesting formatting', () => {
  it('shows the text bold at once inside a formatting suggestion, which Accept keeps and Reject turns back', () => {
    const { editor, key } = editorWith('Dredging starts in May.');
    run(editor, () => expect($suggestFormat(rangeOf(key, 19, 22), 'bold', RAE)).toBe(true));
    expect(shown(editor)).toBe('Dredging starts in [*May].');
    expect(boldShown(editor)).toBe('Dredging starts in **May**.');
    const listed = editor.getEditorState().read(() => $listSuggestions());
    expect(listed).toMatchObject([{ kind: 'format', formatChange: { format: 'bold', on: true }, text: 'May', author: { name: 'Rae Reviewer' } }]);
    const state = editor.getEditorState();

    run(editor, () => expect($decideSuggestions(null, true)).toBe(1));
    expect(shown(editor)).toBe('Dredging starts in May.');
    expect(boldShown(editor)).toBe('Dredging starts in **May**.');

    editor.setEditorState(state);
    run(editor, () => expect($decideSuggestions(null, false)).toBe(1));
    expect(shown(editor)).toBe('Dredging starts in May.');
    expect(boldShown(editor)).toBe('Dredging starts in May.');
  });

  it('turns bold off when all the selection is bold, formats one’s own insertion directly, and leaves deleted text alone', () => {
    const { editor, key } = editorWith('Dredging starts in May.');
    run(editor, () => {
      const text = $getRoot().getAllTextNodes()[0] as TextNode;
      text.setFormat('bold');
    });
    run(editor, () => $suggestFormat(rangeOf(key, 0, 8), 'bold', RAE));
    expect(boldShown(editor)).toBe('Dredging** starts in May.**');
    expect(editor.getEditorState().read(() => $listSuggestions())).toMatchObject([{ formatChange: { format: 'bold', on: false }, text: 'Dredging' }]);

    const other = editorWith('Start.');
    run(other.editor, () => $suggestInsertion(caretAt(other.key, 0), 'New ', RAE));
    run(other.editor, () => $suggestDeletion(rangeOf(other.key, 0, 5), false, WEN));
    expect(shown(other.editor)).toBe('[+New ][-Start].');
    run(other.editor, () => {
      const [inserted, deleted] = $getRoot().getAllTextNodes();
      const range = $createRangeSelection();
      range.anchor.set(inserted!.getKey(), 0, 'text');
      range.focus.set(deleted!.getKey(), 5, 'text');
      expect($suggestFormat(range, 'italic', RAE)).toBe(true);
    });
    // Her own insertion is simply italic; the deleted word is not touched; nothing is listed as formatting.
    expect(shown(other.editor)).toBe('[+New ][-Start].');
    expect(other.editor.getEditorState().read(() => $getRoot().getAllTextNodes().map((text) => text.hasFormat('italic')))).toEqual([true, false, false]);
  });

  it('formatting the same text back withdraws the suggestion there', () => {
    const { editor, key } = editorWith('Dredging starts in May.');
    run(editor, () => $suggestFormat(rangeOf(key, 9, 22), 'bold', RAE));
    expect(shown(editor)).toBe('Dredging [*starts in May].');
    run(editor, () => {
      const bold = $getRoot().getAllTextNodes()[1]!;
      $suggestFormat(rangeOf(bold.getKey(), 0, 6), 'bold', RAE);
    });
    expect(boldShown(editor)).toBe('Dredging starts** in May**.');
    expect(shown(editor)).toBe('Dredging starts[* in May].');
  });
});

describe('text composed with an input method', () => {
  it('becomes an insertion once the composition ends; composed inside a deletion, it comes out of it there', () => {
    const { editor, key } = editorWith('会議は日本で開く。');
    // The browser has written 日本 into the text; the caret is after it.
    run(editor, () => expect($suggestComposed(caretAt(key, 5), '日本', RAE)).toBe(true));
    expect(shown(editor)).toBe('会議は[+日本]で開く。');
    // Text that is not just before the caret is not taken.
    run(editor, () => {
      const last = $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>().getLastChildOrThrow<TextNode>();
      expect($suggestComposed(caretAt(last.getKey(), 1), '日本', RAE)).toBe(false);
    });

    const second = editorWith('abcdef');
    run(second.editor, () => $suggestDeletion(rangeOf(second.key, 1, 5), true, WEN));
    expect(shown(second.editor)).toBe('a[-bcde]f');
    // Composed in the middle of Wen's deletion: the deletion is split around it.
    run(second.editor, () => {
      const deleted = $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>().getChildAtIndex<SuggestionNode>(1)!.getFirstChildOrThrow<TextNode>();
      deleted.spliceText(2, 0, 'XY');
      expect($suggestComposed(caretAt(deleted.getKey(), 4), 'XY', RAE)).toBe(true);
    });
    expect(shown(second.editor)).toBe('a[-bc][+XY][-de]f');
  });
});

