import { $getState, $isElementNode, $setState, createState, type ElementNode, type LexicalNode } from 'lexical';
import {
  BLOCK_TYPE_STATE_KEY,
  blockTypeSuggestionSchema,
  BREAK_STATE_KEY,
  breakSuggestionSchema,
  MOVE_STATE_KEY,
  moveSuggestionSchema,
  type BlockTypeSuggestion,
  type BreakSuggestion,
  type MoveSuggestion,
} from '../../../common/suggestions';

/**
 * The suggestions a block carries as Lexical node state (common/suggestions.ts): a suggested
 * paragraph break before it, its side of a suggested move, and a suggested change of its type. A value that does not read is
 * dropped. A copy the editor makes of a block (Enter in a list item splits it so) starts
 * without them: the suggestion stays with the block it was made on.
 */
export const suggestedBreakState = createState(BREAK_STATE_KEY, {
  parse: (value: unknown): BreakSuggestion | null => {
    const parsed = breakSuggestionSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  resetOnCopyNode: true,
});

export const suggestedMoveState = createState(MOVE_STATE_KEY, {
  parse: (value: unknown): MoveSuggestion | null => {
    const parsed = moveSuggestionSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  resetOnCopyNode: true,
});

export const suggestedBlockTypeState = createState(BLOCK_TYPE_STATE_KEY, {
  parse: (value: unknown): BlockTypeSuggestion | null => {
    const parsed = blockTypeSuggestionSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  },
  resetOnCopyNode: true,
});

/** The suggested type change of a block, or null. */
export function $typeChangeOf(node: LexicalNode): BlockTypeSuggestion | null {
  return $getState(node, suggestedBlockTypeState);
}

export function $setTypeChange(block: LexicalNode, value: BlockTypeSuggestion | null): void {
  $setState(block, suggestedBlockTypeState, value);
}

/** The suggested break before a block, or null. */
export function $breakBefore(node: LexicalNode): BreakSuggestion | null {
  return $getState(node, suggestedBreakState);
}

export function $setBreakBefore(block: LexicalNode, value: BreakSuggestion | null): void {
  $setState(block, suggestedBreakState, value);
}

/** The suggested move on a block, or null. */
export function $moveOf(node: LexicalNode): MoveSuggestion | null {
  return $getState(node, suggestedMoveState);
}

export function $setMove(block: LexicalNode, value: MoveSuggestion | null): void {
  $setState(block, suggestedMoveState, value);
}

/** Whether a block is the stand-in left where a paragraph was moved from. */
export function $isStandIn(node: LexicalNode | null | undefined): boolean {
  return !!node && $moveOf(node)?.side === 'from';
}

const TEXT_BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/**
 * A block that holds text and no other block (so not a list item with a nested list), and is
 * not a move's stand-in: one a break can split or join.
 */
export function $isTextBlock(node: LexicalNode | null | undefined): node is ElementNode {
  return (
    $isElementNode(node) &&
    !node.isInline() &&
    TEXT_BLOCK_TYPES.has(node.getType()) &&
    !$isStandIn(node) &&
    !node.getChildren().some((child) => $isElementNode(child) && !child.isInline())
  );
}

/** The block (paragraph, heading, list item, table cell's paragraph) a node is in. */
export function $blockOf(node: LexicalNode): ElementNode | null {
  for (let current: LexicalNode | null = node; current; current = current.getParent()) {
    if ($isElementNode(current) && !current.isInline()) return current;
  }
  return null;
}
