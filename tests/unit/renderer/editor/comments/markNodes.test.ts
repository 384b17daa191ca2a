import { $createMarkNode, MarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type NodeKey } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $anyInsideMark, $markLayout } from '../../../../../renderer/editor/comments/markNodes';

describe('commented text in the editor', () => {
  it('tells text inside a comment mark from text outside, and quotes each thread’s text', () => {
    const editor = createEditor({ nodes: [MarkNode], onError: (error) => { throw error; } });
    let inside: NodeKey = '';
    let outside: NodeKey = '';
    editor.update(
      () => {
        const plain = $createTextNode('The grant covers ');
        const marked = $createTextNode('forty towns');
        const outer = $createMarkNode(['t1']);
        outer.append(marked);
        $getRoot().append($createParagraphNode().append(plain, outer));
        inside = marked.getKey();
        outside = plain.getKey();
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      expect($anyInsideMark([outside])).toBe(false);
      expect($anyInsideMark([outside, inside])).toBe(true);
      expect($anyInsideMark(['no such key'])).toBe(false);
      expect($markLayout().quotes.get('t1')).toBe('forty towns');
    });
  });
});
