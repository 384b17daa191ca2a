import { ListItemNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, ParagraphNode, type LexicalEditor, type LexicalNode, type NodeKey, type NodeMutation } from 'lexical';
import { dateTimeShown } from '../../../common/dates/dateTimeShown';
import { suggestionVerb } from '../../../common/suggestions';
import { $breakBefore, $moveOf, $typeChangeOf } from './blockState';
import { $blockTypeOf } from './blockTypes';

/** The blocks a suggested break can stand before (paragraphBreaks.ts), or a move be made of (blockMoves.ts). */
const BLOCK_CLASSES = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode];

/** How a block's suggested break, move or type change is drawn: the data attributes the stylesheet marks, and a title saying who and when. */
function $marksOf(node: LexicalNode | null): { break?: string; move?: string; type?: string; title?: string } {
  if (!node) return {};
  const suggested = $breakBefore(node);
  const move = $moveOf(node);
  const typeChange = $typeChangeOf(node);
  const type = $blockTypeOf(node);
  const by = (who: { name: string }, when: string) => `${who.name || 'someone'}, ${dateTimeShown(when)}`;
  const titles = [
    suggested && `${suggested.kind === 'insert' ? 'New paragraph' : 'Joining this to the paragraph before'} suggested by ${by(suggested.author, suggested.createdAt)}`,
    move && `${move.side === 'to' ? 'Moved here' : 'Moved from here'} as suggested by ${by(move.author, move.createdAt)}`,
    typeChange && type && `${suggestionVerb({ kind: 'format', blockType: { from: typeChange.from, to: type } })}: suggested by ${by(typeChange.author, typeChange.createdAt)}`,
  ].filter(Boolean);
  return { break: suggested?.kind, move: move?.side, type: typeChange && type ? typeChange.from : undefined, title: titles.length > 0 ? titles.join('; ') : undefined };
}

/**
 * Draws each suggested paragraph break on the block after it, each suggested move on its
 * two blocks and each type change on its block (`data-suggested-break`, `data-suggested-move`
 * and `data-suggested-type`, which the stylesheet marks, and a title), and calls `onChange` when one comes, changes or goes (typing, undo, a decision, a
 * note loaded). Node state has no DOM of its own, so the blocks' DOM is marked once the editor
 * has drawn it.
 */
export function registerBlockMarks(editor: LexicalEditor, onChange: () => void): () => void {
  const marked = new Set<NodeKey>();
  const mark = (mutations: Map<NodeKey, NodeMutation>) => {
    let changed = false;
    editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        const marks = $marksOf(mutation === 'destroyed' ? null : $getNodeByKey(key));
        if (marked.has(key) || marks.title) changed = true;
        if (marks.title) marked.add(key);
        else marked.delete(key);
        const element = editor.getElementByKey(key);
        if (!element) continue;
        setData(element, 'suggestedBreak', marks.break);
        setData(element, 'suggestedMove', marks.move);
        setData(element, 'suggestedType', marks.type);
        // Said by screen readers too (the bars in the margin are only seen).
        if (marks.title) {
          element.title = marks.title;
          element.setAttribute('aria-description', marks.title);
        } else {
          element.removeAttribute('title');
          element.removeAttribute('aria-description');
        }
      }
    });
    if (changed) onChange();
  };
  return mergeRegister(...BLOCK_CLASSES.map((blockClass) => editor.registerMutationListener(blockClass, mark, { skipInitialization: false })));
}

function setData(element: HTMLElement, name: 'suggestedBreak' | 'suggestedMove' | 'suggestedType', value: string | undefined): void {
  if (value) element.dataset[name] = value;
  else delete element.dataset[name];
}
