import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $keepNextBlockOutOfSelection } from '../../../../renderer/editor/paragraphSelection';

/** A paragraph and a heading; the selection runs from `from` in the paragraph to `to` (in the heading when `intoHeading`). */
function trimmed(from: number, to: number, intoHeading: boolean, backward = false) {
  const editor = createEditor({ namespace: 'test', nodes: [HeadingNode], onError: (error) => { throw error; } });
  let result: { changed: boolean; selected: string } = { changed: false, selected: '' };
  editor.update(
    () => {
      const text = $createTextNode('Old paragraph text.');
      const heading = $createTextNode('Considerations');
      $getRoot().append($createParagraphNode().append(text), $createHeadingNode('h2').append(heading));
      const selection = $createRangeSelection();
      const start = { key: text.getKey(), offset: from };
      const end = intoHeading ? { key: heading.getKey(), offset: to } : { key: text.getKey(), offset: to };
      const [anchor, focus] = backward ? [end, start] : [start, end];
      selection.anchor.set(anchor.key, anchor.offset, 'text');
      selection.focus.set(focus.key, focus.offset, 'text');
      const changed = $keepNextBlockOutOfSelection(selection);
      result = { changed, selected: selection.getTextContent() };
    },
    { discrete: true },
  );
  return result;
}

describe('a triple-click selection that runs into the next block', () => {
  it('ends at the end of the paragraph, forwards and backwards', () => {
    expect(trimmed(0, 0, true)).toEqual({ changed: true, selected: 'Old paragraph text.' });
    expect(trimmed(0, 0, true, true)).toEqual({ changed: true, selected: 'Old paragraph text.' });
  });

  it('leaves a selection alone that ends inside the next block or inside the same one', () => {
    expect(trimmed(0, 3, true).changed).toBe(false);
    expect(trimmed(0, 5, false).changed).toBe(false);
  });
});
