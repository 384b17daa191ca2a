import { createEmptyHistoryState, registerHistory, type HistoryState } from '@lexical/history';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, UNDO_COMMAND, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $ownUndoStep } from '../../../../renderer/editor/ownUndoStep';
import { $createSuggestionNode, SuggestionNode } from '../../../../renderer/editor/suggestions/SuggestionNode';

const author = { name: 'Rae Reviewer', initials: 'RR', office: '' };

/** A note of two paragraphs, then an insertion added to the first as an undo step of its own. */
function editorWithInsertion(): { editor: LexicalEditor; history: HistoryState } {
  const editor = createEditor({ namespace: 'test', nodes: [SuggestionNode], onError: (error) => { throw error; } });
  const history = createEmptyHistoryState();
  registerHistory(editor, history, 0);
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('As reported: ')), $createParagraphNode().append($createTextNode('Next.'))), { discrete: true });
  editor.update(
    () => {
      const insertion = $createSuggestionNode({ suggestionId: 'i1', kind: 'insert', author, createdAt: '2026-12-07T10:00:00.000Z' });
      $getRoot().getFirstChildOrThrow<ElementNode>().append(insertion.append($createTextNode('the rule')));
    },
    { discrete: true },
  );
  return { editor, history };
}

const firstParagraph = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getTextContent());

/** Undo, then the editor's state once the history has set it (after the command's update). */
async function undo(editor: LexicalEditor): Promise<void> {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function removeInsertion(editor: LexicalEditor, ownStep: boolean) {
  editor.update(
    () => {
      if (ownStep) $ownUndoStep();
      $getRoot().getFirstChildOrThrow<ElementNode>().getLastChildOrThrow().remove();
    },
    { discrete: true },
  );
}

describe('an update that only removes nodes', () => {
  it('is folded into the step before by the editor’s history: no undo step is added for it', () => {
    const { editor, history } = editorWithInsertion();
    const steps = history.undoStack.length;
    removeInsertion(editor, false);
    expect(history.undoStack.length).toBe(steps);
  });

  it('is an undo step of its own with $ownUndoStep', async () => {
    const { editor, history } = editorWithInsertion();
    const steps = history.undoStack.length;
    removeInsertion(editor, true);
    expect(history.undoStack.length).toBe(steps + 1);
    expect(firstParagraph(editor)).toBe('As reported: ');
    await undo(editor);
    expect(firstParagraph(editor)).toBe('As reported: the rule');
  });
});
