import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode } from '../../../../common/editorState';
import { createBodyJsonWriter, type BodyJsonWriter } from '../../../../renderer/editor/bodyJsonWriter';
import { EDITOR_NODES } from '../../../../renderer/editor/nodes';
import { snippetNode } from '../../../support/snippetNodes';

function table() {
  const cell = (text: string) => ({ type: 'tablecell', version: 1, headerState: 0, colSpan: 1, rowSpan: 1, backgroundColor: null, children: [paragraphNode([textNode(text)])], direction: null, format: '', indent: 0 });
  const row = (a: string, b: string) => ({ type: 'tablerow', version: 1, children: [cell(a), cell(b)], direction: null, format: '', indent: 0 });
  return { type: 'table', version: 1, children: [row('a', 'b'), row('c', 'd')], direction: null, format: '', indent: 0 };
}

function snippetParagraph() {
  return paragraphNode([textNode('As reported, '), snippetNode({ id: 'snippet-1', developmentId: 'dev-1', text: 'Exports of advanced chips need a licence.' })]);
}

let editor: LexicalEditor;
let writer: BodyJsonWriter;

function open() {
  editor = createEditor({ namespace: 'test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(editorState([headingNode('h2', 'Issue'), snippetParagraph(), paragraphNode([textNode('Plain text.')]), table()]))));
  writer = createBodyJsonWriter(editor);
}

/** The writer's text for the current state, checked against Lexical's own serialization. */
function written(): string {
  const state = editor.getEditorState();
  const text = writer.write(state);
  expect(text).toBe(JSON.stringify(state.toJSON()));
  return text;
}

const update = (fn: () => void) => editor.update(fn, { discrete: true });

/** The last text node inside the top-level block at `index`. */
function $lastTextOf(index: number) {
  const block = $getRoot().getChildAtIndex(index);
  const text = $isElementNode(block) ? block.getLastDescendant() : null;
  if (!$isTextNode(text)) throw new Error(`block ${index} ends in no text`);
  return text;
}

afterEach(() => writer.dispose());

describe('writing a note body a block at a time', () => {
  it('writes what Lexical writes, before and after edits inside a block', () => {
    open();
    written();
    update(() => {
      $lastTextOf(2).setTextContent('Plain text, edited.');
    });
    expect(written()).toContain('Plain text, edited.');
  });

  it('follows edits deep inside a block: a table cell and a snippet’s text', () => {
    open();
    written();
    update(() => {
      $lastTextOf(3).setTextContent('changed cell');
    });
    expect(written()).toContain('changed cell');
    update(() => {
      $lastTextOf(1).setFormat('bold');
    });
    written();
  });

  it('follows blocks added, moved and removed, and a whole new state', () => {
    open();
    written();
    update(() => {
      const root = $getRoot();
      root.getChildAtIndex(0)!.insertAfter($createParagraphNode().append($createTextNode('New paragraph')));
      root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('one')), $createListItemNode().append($createTextNode('two'))));
    });
    expect(written()).toContain('New paragraph');
    update(() => {
      const root = $getRoot();
      root.getChildAtIndex(2)!.remove();
      root.getFirstChild()!.insertBefore(root.getLastChild()!);
    });
    written();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(editorState([paragraphNode([textNode('Replaced')])]))));
    expect(written()).toContain('Replaced');
    // A root with no blocks at all (Lexical allows it while an update runs) is written as such.
    update(() => $getRoot().clear());
    expect(written()).toContain('"children":[]');
  });

  it('writes a state it has not seen through its listener in full', () => {
    open();
    written();
    const older = editor.getEditorState();
    update(() => $getRoot().getChildAtIndex(2)!.remove());
    written();
    // An older state, written after a newer one: nothing kept from the newer one may leak in.
    const text = writer.write(older);
    expect(text).toBe(JSON.stringify(older.toJSON()));
    expect(text).toContain('Plain text.');
  });
});
