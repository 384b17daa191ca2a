import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $setSelection, createEditor, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $caretPlaceOf, $selectionAtPlace } from '../../../../renderer/editor/caretPath';

function editorWith(paragraphs: string[]): LexicalEditor {
  const editor = createEditor({ namespace: 'test', onError: (error) => { throw error; } });
  editor.update(() => $getRoot().append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text)))), { discrete: true });
  return editor;
}

describe('a caret saved as a path', () => {
  it('leads back to the same text and offset', () => {
    const editor = editorWith(['One.', 'Two.', 'Third paragraph.']);
    let saved = null as ReturnType<typeof $caretPlaceOf>;
    editor.update(
      () => {
        const text = $getRoot().getChildAtIndex<ElementNode>(2)!.getFirstDescendant()!;
        const selection = $selectionAtPlace({ path: [2, 0], offset: 5 })!;
        expect(selection.anchor.key).toBe(text.getKey());
        $setSelection(selection);
        saved = $caretPlaceOf($getSelection());
      },
      { discrete: true },
    );
    expect(saved).toEqual({ path: [2, 0], offset: 5 });

    // In a fresh editor over the same content (a reload: other node keys), the same place.
    const reloaded = editorWith(['One.', 'Two.', 'Third paragraph.']);
    reloaded.update(
      () => {
        const selection = $selectionAtPlace(saved!)!;
        $setSelection(selection);
        const now = $getSelection();
        expect($isRangeSelection(now) && now.isCollapsed()).toBe(true);
        expect(selection.anchor.getNode().getTextContent()).toBe('Third paragraph.');
        expect(selection.anchor.offset).toBe(5);
      },
      { discrete: true },
    );
  });

  it('is not restored where the note has changed so that it no longer fits', () => {
    const editor = editorWith(['One.', 'Two.']);
    editor.update(
      () => {
        expect($selectionAtPlace({ path: [5, 0], offset: 0 })).toBeNull();
        expect($selectionAtPlace({ path: [1, 0], offset: 40 })).toBeNull();
        expect($selectionAtPlace({ path: [1, 0, 3], offset: 0 })).toBeNull();
        expect($selectionAtPlace({ path: [], offset: 0 })).toBeNull();
        // An empty paragraph holds an element caret.
        expect($selectionAtPlace({ path: [1], offset: 1 })?.anchor.type).toBe('element');
      },
      { discrete: true },
    );
  });

  it('keeps only a caret, not a selection', () => {
    const editor = editorWith(['Some words.']);
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant()!;
        const selection = $selectionAtPlace({ path: [0, 0], offset: 0 })!;
        selection.focus.set(text.getKey(), 4, 'text');
        expect($caretPlaceOf(selection)).toBeNull();
        expect($caretPlaceOf(null)).toBeNull();
      },
      { discrete: true },
    );
  });
});
