import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection, type ElementNode, type RangeSelection } from 'lexical';
import type { BreakSuggestion } from '../../../common/suggestions';
import { $blockOf, $breakBefore, $isTextBlock, $setBreakBefore, $setTypeChange, $typeChangeOf } from './blockState';
import type { SuggestionMaker } from './suggestionMaker';

function $breakBy(maker: SuggestionMaker, kind: BreakSuggestion['kind']): BreakSuggestion {
  return { suggestionId: maker.newId(), kind, author: maker.author, createdAt: maker.now() };
}

/**
 * Runs the second block's content on at the end of the first and removes the second; with
 * `caret`, the caret ends where they meet.
 */
function $joinBlocks(first: ElementNode, second: ElementNode, caret: boolean): void {
  const at = first.getChildrenSize();
  first.append(...second.getChildren());
  second.remove();
  if (!caret) return;
  const point = $createRangeSelection();
  point.anchor.set(first.getKey(), at, 'element');
  point.focus.set(first.getKey(), at, 'element');
  $setSelection(point);
}

/**
 * Enter as a suggestion: the block is split as usual and the new break is marked as a
 * suggested insertion. False where Enter does something other than split a text block
 * (leaving a list from an empty item, a caret outside text), which is left to the editor.
 */
export function $suggestParagraphBreak(selection: RangeSelection, maker: SuggestionMaker): boolean {
  const before = $blockOf(selection.anchor.getNode());
  if (!$isTextBlock(before) || !selection.isCollapsed()) return false;
  if (before.getType() === 'listitem' && before.getTextContentSize() === 0) return false;
  const carried = $breakBefore(before);
  selection.insertParagraph();
  const caret = $getSelection();
  if (!$isRangeSelection(caret)) return true;
  const after = $blockOf(caret.anchor.getNode());
  const first = after?.getPreviousSibling();
  if (!after || !first) return true;
  // At a block's start the editor puts the new, empty block before the caret's: the break that was before the caret's block is now before the new one.
  if (!first.is(before)) $setBreakBefore(first, carried);
  $setBreakBefore(after, $breakBy(maker, 'insert'));
  // A block split in two whose type a suggestion changed: both halves carry the change, so rejecting it turns both back.
  const typeChange = $typeChangeOf(before);
  if (typeChange && before.isAttached() && after.getType() === before.getType() && !$typeChangeOf(after)) $setTypeChange(after, typeChange);
  return true;
}

/**
 * What joining a block to the one before it came to: suggested ('joined'); a break the suggester had
 * added themselves, simply taken back; already suggested for joining; blocks that cannot be
 * joined (a list or table beside text, the first block of a list or cell); or a break another
 * person suggested, which is theirs to withdraw or the reviewer's to decide.
 */
export type JoinOutcome = 'joined' | 'withdrawn' | 'already' | 'not-joinable' | 'theirs';

/** Backspace at a block's start (or Delete at the end of the block before it) as a suggestion. */
export function $suggestJoin(second: ElementNode, maker: SuggestionMaker): JoinOutcome {
  const first = second.getPreviousSibling();
  if (!$isTextBlock(first) || !$isTextBlock(second)) return 'not-joinable';
  const current = $breakBefore(second);
  if (current?.kind === 'delete') return 'already';
  if (current?.kind === 'insert') {
    if (current.author.name !== maker.author.name) return 'theirs';
    $joinBlocks(first, second, true);
    return 'withdrawn';
  }
  $setBreakBefore(second, $breakBy(maker, 'delete'));
  return 'joined';
}

/** Accepts or rejects the suggested break before a block: the blocks join when a deletion is accepted or an insertion rejected. */
export function $decideBreak(block: ElementNode, accept: boolean): void {
  const suggested = $breakBefore(block);
  if (!suggested) return;
  $setBreakBefore(block, null);
  if ((suggested.kind === 'delete') !== accept) return;
  const first = block.getPreviousSibling();
  if ($isTextBlock(first) && $isTextBlock(block)) $joinBlocks(first, block, false);
}
