import { ListItemNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, ParagraphNode, type LexicalEditor, type NodeKey, type NodeMutation } from 'lexical';
import { dateTimeShown } from '../../../common/dates/dateTimeShown';
import { $breakBefore } from './paragraphBreaks';

/** The blocks a suggested break can stand before (paragraphBreaks.ts). */
const BLOCK_CLASSES = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode];

/**
 * Draws each suggested paragraph break on the block after it (a `data-suggested-break`
 * attribute the stylesheet marks, and a title saying who and when), and calls `onChange`
 * when a break suggestion comes, changes or goes (typing, undo, a decision, a note loaded).
 * Node state has no DOM of its own, so the blocks' DOM is marked once the editor has drawn it.
 */
export function registerBreakMarks(editor: LexicalEditor, onChange: () => void): () => void {
  const marked = new Set<NodeKey>();
  const mark = (mutations: Map<NodeKey, NodeMutation>) => {
    let changed = false;
    editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
        const suggested = node ? $breakBefore(node) : null;
        if (marked.has(key) || suggested) changed = true;
        if (suggested) marked.add(key);
        else marked.delete(key);
        const element = editor.getElementByKey(key);
        if (!element) continue;
        if (suggested) {
          element.dataset.suggestedBreak = suggested.kind;
          const what = suggested.kind === 'insert' ? 'New paragraph' : 'Joining this to the paragraph before';
          element.title = `${what} suggested by ${suggested.author.name || 'someone'}, ${dateTimeShown(suggested.createdAt)}`;
        } else if (element.dataset.suggestedBreak) {
          delete element.dataset.suggestedBreak;
          element.removeAttribute('title');
        }
      }
    });
    if (changed) onChange();
  };
  return mergeRegister(...BLOCK_CLASSES.map((blockClass) => editor.registerMutationListener(blockClass, mark, { skipInitialization: false })));
}
