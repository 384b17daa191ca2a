import { $createListItemNode, $isListItemNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $findMatchingParent, $isElementNode, type ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import type { MoveSuggestion } from '../../../common/suggestions';
import { $blockOf, $breakBefore, $moveOf, $setMove } from './blockState';
import type { SuggestionMaker } from './suggestionMaker';

export type MoveDirection = 'up' | 'down';

/** What moving a block came to: moved; moved as a suggestion; taken back to where it was (the suggestion gone); nothing to move past; a stand-in, which does not move; or a suggested paragraph break beside it, to be decided first. */
export type MoveOutcome = 'moved' | 'suggested' | 'withdrawn' | 'at-edge' | 'stand-in' | 'break-beside' | 'no-block';

/** The block a move acts on from a caret: a list item within its list (a block inside an item moves the item); anything else among the blocks of its container (the note, a table cell). */
function $movableBlock(selection: RangeSelection): ElementNode | null {
  const block = $blockOf(selection.anchor.getNode());
  return block ? ($findMatchingParent(block, $isListItemNode) as ElementNode | null) ?? block : null;
}

/** The stand-in left where a moved block was: the same kind of container child (a list item in a list), holding its text. */
function $standInFor(block: ElementNode, move: MoveSuggestion): ElementNode {
  const standIn = $isListItemNode(block) ? $createListItemNode() : $createParagraphNode();
  standIn.append($createTextNode(block.getTextContent()));
  const from: MoveSuggestion = { ...move, side: 'from' };
  $setMove(standIn, from);
  return standIn;
}

/**
 * Moves the caret's block up or down past its neighbour (Alt+Shift+Up or Down, as in Word).
 * With a suggester, the move is a suggestion: the block carries it, and a stand-in holding its
 * text stays where it was until the move is accepted or rejected. Moving it on keeps one
 * suggestion; moving it back beside its stand-in takes the suggestion back.
 */
export function $moveBlock(selection: RangeSelection, direction: MoveDirection, maker: SuggestionMaker | null): MoveOutcome {
  const block = $movableBlock(selection);
  if (!block) return 'no-block';
  const current = $moveOf(block);
  if (current?.side === 'from') return 'stand-in';
  const neighbour = direction === 'up' ? block.getPreviousSibling() : block.getNextSibling();
  if (!neighbour) return 'at-edge';
  // A suggested break stands between two blocks: a move would leave it between two others.
  const reordered = direction === 'up' ? [neighbour, block, block.getNextSibling()] : [block, neighbour, neighbour.getNextSibling()];
  if (reordered.some((node) => node && $breakBefore(node))) return 'break-beside';
  let outcome: MoveOutcome = 'moved';
  if (maker && current === null) {
    const move: MoveSuggestion = { suggestionId: maker.newId(), side: 'to', author: maker.author, createdAt: maker.now() };
    block.insertBefore($standInFor(block, move));
    $setMove(block, move);
    outcome = 'suggested';
  }
  if (direction === 'up') neighbour.insertBefore(block);
  else neighbour.insertAfter(block);
  // Right beside its own stand-in, the block is where it was: the suggestion goes.
  const standIn = [block.getPreviousSibling(), block.getNextSibling()].find((sibling) => current && sibling && $moveOf(sibling)?.suggestionId === current.suggestionId);
  if (standIn) {
    standIn.remove();
    $setMove(block, null);
    return 'withdrawn';
  }
  return outcome;
}

/**
 * Accepts or rejects a suggested move on the blocks carrying it: accepted, the stand-in goes
 * and the block stays where it was moved to; rejected, the block goes back in the stand-in's
 * place. Either part may be missing (deleted since): what is left is kept as text.
 */
export function $decideMove(blocks: readonly ElementNode[], accept: boolean): void {
  const moved = blocks.find((block) => $moveOf(block)?.side === 'to');
  const standIns = blocks.filter((block) => $moveOf(block)?.side === 'from');
  for (const block of blocks) $setMove(block, null);
  const [standIn, ...extra] = standIns;
  for (const block of extra) block.remove();
  if (!standIn) return;
  if (accept && moved) standIn.remove();
  else if (!accept && moved) {
    standIn.insertBefore(moved);
    standIn.remove();
  }
}

/** Whether a node is an element carrying a suggested move. */
export function $hasMove(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && $moveOf(node) !== null;
}

/** What a screen reader hears after a move (or a move not made). */
export function moveMessage(outcome: MoveOutcome, direction: MoveDirection): string {
  switch (outcome) {
    case 'moved':
      return `Paragraph moved ${direction}.`;
    case 'suggested':
      return `Paragraph moved ${direction}, as a suggestion.`;
    case 'withdrawn':
      return 'Paragraph back where it was; the suggested move is taken back.';
    case 'at-edge':
      return direction === 'up' ? 'This paragraph is already the first here.' : 'This paragraph is already the last here.';
    case 'break-beside':
      return 'A suggested paragraph break is next to this paragraph. Accept or reject it in the Review panel first, then move the paragraph.';
    case 'stand-in':
      return 'This is where a paragraph was moved from. Move the paragraph itself, or decide the move in the Review panel.';
    case 'no-block':
      return 'Put the caret in the paragraph to move.';
  }
}
