import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $isParagraphNode, $isRootOrShadowRoot, type ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import type { SuggestedBlockType } from '../../../common/suggestions';
import { $blockOf, $breakBefore, $isStandIn, $moveOf, $setBreakBefore, $setMove, $setTypeChange, $typeChangeOf } from './blockState';
import type { SuggestionMaker } from './suggestionMaker';

/** A block's type as the toolbar names it, or null for blocks whose type is not changed as a suggestion (list items). */
export function $blockTypeOf(node: LexicalNode): SuggestedBlockType | null {
  // Other heading levels (pasted from elsewhere) are not among the toolbar's types: left to the editor's own change.
  if ($isHeadingNode(node)) {
    const tag = node.getTag();
    return tag === 'h2' || tag === 'h3' ? tag : null;
  }
  if ($isQuoteNode(node)) return 'quote';
  if ($isParagraphNode(node)) return 'paragraph';
  return null;
}

/**
 * Puts a block of another type in a block's place, with its content, alignment, indent and the
 * suggestions it carries (Lexical's own block change leaves a replaced block's node state behind,
 * which would drop a suggested break or move on it). A suggested type change whose old type
 * the block now has again is dropped.
 */
export function $replaceBlockType(block: ElementNode, type: SuggestedBlockType): ElementNode {
  const made = type === 'paragraph' ? $createParagraphNode() : type === 'quote' ? $createQuoteNode() : $createHeadingNode(type);
  made.setFormat(block.getFormatType());
  made.setIndent(block.getIndent());
  made.setDirection(block.getDirection());
  $setBreakBefore(made, $breakBefore(block));
  $setMove(made, $moveOf(block));
  // A suggested change back to the type the block had is a change no more.
  const change = $typeChangeOf(block);
  $setTypeChange(made, change && change.from !== type ? change : null);
  block.replace(made, true);
  return made;
}

/**
 * The blocks a selection touches, in document order. A selection that ends at the very start
 * of a block (Shift+Down from a paragraph's start) does not take that block in, as in Lexical's
 * own block change.
 */
export function $selectedBlocks(selection: RangeSelection): ElementNode[] {
  const blocks = new Map<string, ElementNode>();
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  for (const node of [start.getNode(), ...selection.getNodes(), end.getNode()]) {
    const block = $blockOf(node);
    if (block && !$isRootOrShadowRoot(block)) blocks.set(block.getKey(), block);
  }
  const last = $blockOf(end.getNode());
  const endsAtItsStart = !selection.isCollapsed() && end.offset === 0 && last !== null && (end.getNode().is(last) || last.getFirstDescendant()?.is(end.getNode()) === true);
  if (endsAtItsStart && blocks.size > 1) blocks.delete(last.getKey());
  return [...blocks.values()];
}

/** What a type change made while suggesting came to: suggested (or taken back to the type the block had), nothing to change, or refused. */
export type TypeChangeOutcome = 'suggested' | 'unchanged' | 'not-a-text-block';

/**
 * The selected blocks made `next` as a suggestion: each shows the new type at once and records
 * the type it had before any suggestion, so a block turned back to that type carries none. A
 * change of a block whose type someone else suggested changing becomes the suggester's own
 * (with a new id), still recording the block's first type. Nothing changes when the selection
 * touches a list, a table or a move's stand-in.
 */
export function $suggestBlockType(selection: RangeSelection, next: SuggestedBlockType, maker: SuggestionMaker): TypeChangeOutcome {
  const blocks = $selectedBlocks(selection);
  if (blocks.length === 0 || blocks.some((block) => $blockTypeOf(block) === null || $isStandIn(block))) return 'not-a-text-block';
  let changed = false;
  for (const block of blocks) {
    const type = $blockTypeOf(block);
    if (type === null || type === next) continue;
    const earlier = $typeChangeOf(block);
    const from = earlier?.from ?? type;
    const made = $replaceBlockType(block, next);
    const own = earlier && earlier.author.name === maker.author.name;
    $setTypeChange(made, from === next ? null : { suggestionId: own ? earlier.suggestionId : maker.newId(), from, author: maker.author, createdAt: maker.now() });
    changed = true;
  }
  return changed ? 'suggested' : 'unchanged';
}

/** Accepts a suggested type change (the block keeps its type) or rejects it (the block gets back the type it had). */
export function $decideTypeChange(block: ElementNode, accept: boolean): void {
  const change = $typeChangeOf(block);
  if (!change) return;
  $setTypeChange(block, null);
  if (!accept && $blockTypeOf(block) !== null) $replaceBlockType(block, change.from);
}
