import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $removeQueryBeforeCaret } from '../../../../../renderer/editor/plugins/removeQueryBeforeCaret';

const LIBRARY_QUERY = /\[\[([^\]\n]{0,60})$/;

/** A paragraph of `before` + `handed` with the caret at its end; `handed` is the node the menu gives to remove. */
function removeWithMenuNode(before: string, handed: string, after = ''): string {
  const editor = createEditor({ namespace: 'test', onError: (error) => { throw error; } });
  let text = '';
  editor.update(
    () => {
      const first = $createTextNode(before);
      const query: TextNode = $createTextNode(handed);
      const paragraph = $createParagraphNode().append(first, query);
      if (after) paragraph.append($createTextNode(after));
      $getRoot().append(paragraph);
      query.select(handed.length, handed.length);
      $removeQueryBeforeCaret(query, LIBRARY_QUERY);
      text = $getRoot().getTextContent();
    },
    { discrete: true },
  );
  return text;
}

describe('removing a typeahead query when an option is chosen', () => {
  it('removes the whole query the menu hands over', () => {
    expect(removeWithMenuNode('As reported, ', '[[deepfake')).toBe('As reported, ');
  });

  it('also removes what a menu opened for an earlier, shorter query leaves behind', () => {
    // The menu was opened for "[[deepf" (7 characters); the last 7 typed characters are handed over.
    expect(removeWithMenuNode('As reported, [[d', 'eepfake')).toBe('As reported, ');
  });

  it('keeps text that is not a query, and text after the caret', () => {
    expect(removeWithMenuNode('See [[a] and ', '[[chips', ' later')).toBe('See [[a] and  later');
  });
});
