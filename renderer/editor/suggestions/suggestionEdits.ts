import {
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import type { SuggestionMaker } from './suggestionMaker';
import { $selectElements } from '../selectElements';
import { BREAK_QUOTE_CHARS, listedTypeChange, withFormat, type ListedSuggestion, type SuggestedFormat, type SuggestionKind } from '../../../common/suggestions';
import { $createSuggestionNode, $isSuggestionNode, $suggestionAround, type SuggestionNode } from './SuggestionNode';
import { $decideBreak, $suggestJoin, type JoinOutcome } from './paragraphBreaks';
import { $decideMove } from './blockMoves';
import { $blockOf, $breakBefore, $moveOf, $typeChangeOf } from './blockState';
import { $blockTypeOf, $decideTypeChange } from './blockTypes';

export type { SuggestionMaker } from './suggestionMaker';


/**
 * What a deletion came to: done; nothing left to delete that way; an empty paragraph, which
 * may simply go; or, at a block's edge, what suggesting the paragraph join came to.
 */
export type DeleteOutcome = 'suggested' | 'nothing' | 'empty-block' | Exclude<JoinOutcome, 'already'>;

function $make(maker: SuggestionMaker, kind: SuggestionKind, id = maker.newId()): SuggestionNode {
  return $createSuggestionNode({ suggestionId: id, kind, author: maker.author, createdAt: maker.now() });
}

function isBy(node: SuggestionNode, maker: SuggestionMaker): boolean {
  return node.getData().author.name === maker.author.name;
}

function $isDeleted(node: LexicalNode): boolean {
  return $suggestionAround(node)?.isDeletion() === true;
}

/** The text node and offset a caret point stands at, or null where no text is near it. */
function $textPointOf(selection: RangeSelection, isBackward: boolean): { node: TextNode; offset: number } | null {
  const point = selection.anchor;
  const node = point.getNode();
  if ($isTextNode(node)) return { node, offset: point.offset };
  if (!$isElementNode(node)) return null;
  // An element point: the text just before (or after) the child at that offset.
  const child = isBackward ? node.getChildAtIndex(point.offset - 1) : node.getChildAtIndex(point.offset);
  if (!child) return null;
  const text = $isTextNode(child) ? child : $isElementNode(child) ? (isBackward ? child.getAllTextNodes().at(-1) : child.getAllTextNodes()[0]) : undefined;
  if (!text) return null;
  return { node: text, offset: isBackward ? text.getTextContentSize() : 0 };
}

/**
 * The one character before (or after) the caret that is not already suggested for deletion,
 * within the caret's block, as a range; null at the block's edge.
 */
function $characterBeside(selection: RangeSelection, isBackward: boolean): RangeSelection | null {
  const start = $textPointOf(selection, isBackward);
  if (!start) return null;
  const block = $blockOf(start.node);
  if (!block) return null;
  const texts = block.getAllTextNodes();
  let index = texts.findIndex((text) => text.is(start.node));
  let offset = start.offset;
  while (index >= 0 && index < texts.length) {
    const text = texts[index]!;
    const content = text.getTextContent();
    const room = isBackward ? offset > 0 : offset < content.length;
    if (room && !$isDeleted(text)) {
      // A character outside the Basic Multilingual Plane is two UTF-16 units: both go.
      let from = isBackward ? offset - 1 : offset;
      let to = isBackward ? offset : offset + 1;
      if (isBackward && from > 0 && /[\uDC00-\uDFFF]/.test(content[from]!) && /[\uD800-\uDBFF]/.test(content[from - 1]!)) from -= 1;
      if (!isBackward && to < content.length && /[\uD800-\uDBFF]/.test(content[from]!) && /[\uDC00-\uDFFF]/.test(content[to]!)) to += 1;
      const range = $createRangeSelection();
      range.anchor.set(text.getKey(), from, 'text');
      range.focus.set(text.getKey(), to, 'text');
      return range;
    }
    index += isBackward ? -1 : 1;
    const next = texts[index];
    offset = next && isBackward ? next.getTextContentSize() : 0;
  }
  return null;
}

/** Puts the caret just before or just after a node, in the text beside it where there is some. */
function $caretBeside(node: LexicalNode, after: boolean): void {
  const sibling = after ? node.getNextSibling() : node.getPreviousSibling();
  if ($isTextNode(sibling) && !$isDeleted(sibling)) {
    const offset = after ? 0 : sibling.getTextContentSize();
    sibling.select(offset, offset);
    return;
  }
  const parent = node.getParentOrThrow();
  const index = node.getIndexWithinParent() + (after ? 1 : 0);
  const caret = $createRangeSelection();
  caret.anchor.set(parent.getKey(), index, 'element');
  caret.focus.set(parent.getKey(), index, 'element');
  $setSelection(caret);
}

/** Joins a deletion with the one right after it when both are the same person's. */
function $mergeWithNext(deletion: SuggestionNode, maker: SuggestionMaker): void {
  const next = deletion.getNextSibling();
  if ($isSuggestionNode(next) && next.isDeletion() && isBy(next, maker)) {
    for (const child of next.getChildren()) deletion.append(child);
    next.remove();
  }
}

/**
 * Suggests deleting the selected text: each run of it is wrapped in a deletion (joined with a
 * deletion of the same person's right beside it); text that was their own suggested insertion
 * just goes; text already suggested for deletion stays as it is. The caret ends at the
 * range's start (backward) or end. Returns whether anything changed.
 */
export function $suggestDeletion(range: RangeSelection, isBackward: boolean, maker: SuggestionMaker): boolean {
  const id = maker.newId();
  let current: SuggestionNode | null = null;
  let first: LexicalNode | null = null;
  let last: LexicalNode | null = null;
  let changed = false;
  for (const node of range.extract()) {
    if (!($isTextNode(node) || $isLineBreakNode(node)) || node.getTextContentSize() === 0) continue;
    const around = $suggestionAround(node);
    if (around?.isDeletion()) {
      first ??= around;
      last = around;
      current = null;
      continue;
    }
    if (around?.isInsertion()) {
      // An insertion not yet accepted: deleting it withdraws it. The caret stays beside its neighbours.
      const edge = isBackward ? (node.getPreviousSibling() ?? around) : (node.getNextSibling() ?? around);
      first ??= edge;
      last = edge;
      node.remove();
      changed = true;
      current = null;
      continue;
    }
    const previous = node.getPreviousSibling();
    if (current && previous?.is(current)) current.append(node);
    else if ($isSuggestionNode(previous) && previous.isDeletion() && isBy(previous, maker)) {
      current = previous;
      current.append(node);
    } else {
      current = $make(maker, 'delete', id);
      node.insertBefore(current);
      current.append(node);
    }
    first ??= current;
    last = current;
    changed = true;
  }
  if (current) $mergeWithNext(current, maker);
  const edge = isBackward ? first : last;
  if (edge?.isAttached()) $caretBeside(edge, !isBackward);
  return changed;
}

/**
 * Backspace or Delete (a character, a word or to the line's edge) as a suggestion. A collapsed
 * caret deletes the unit beside it, stepping over text already suggested for deletion; at a
 * block's edge it suggests joining the two blocks (and steps over a join already suggested,
 * to the text beyond it).
 */
export function $suggestDelete(selection: RangeSelection, isBackward: boolean, unit: 'character' | 'word' | 'lineboundary', maker: SuggestionMaker): DeleteOutcome {
  if (!selection.isCollapsed()) return $suggestDeletion(selection, isBackward, maker) ? 'suggested' : 'nothing';
  let caret = selection;
  // Each pass crosses one break already suggested for joining; a block is crossed at most once.
  for (;;) {
    if (unit !== 'character') {
      const range = caret.clone();
      range.modify('extend', isBackward, unit);
      if (!range.isCollapsed() && $blockOf(range.anchor.getNode())?.is($blockOf(range.focus.getNode())) && $suggestDeletion(range, isBackward, maker)) return 'suggested';
    }
    const character = $characterBeside(caret, isBackward);
    if (character) return $suggestDeletion(character, isBackward, maker) ? 'suggested' : 'nothing';
    const block = $blockOf(caret.anchor.getNode());
    if (!block) return 'nothing';
    if (block.getTextContentSize() === 0) return 'empty-block';
    const second = isBackward ? block : block.getNextSibling();
    if (!$isElementNode(second)) return 'nothing';
    const first = second.getPreviousSibling();
    const joined = $suggestJoin(second, maker);
    // Backspace goes on from the text before the break it marked.
    if (joined === 'joined' && isBackward && $isElementNode(first)) first.selectEnd();
    if (joined !== 'already' || !$isElementNode(first)) return joined === 'already' ? 'nothing' : joined;
    // The break is already suggested for joining: go on with the text on its other side.
    const beyond = isBackward ? first.selectEnd() : second.selectStart();
    if (!$isRangeSelection(beyond)) return 'nothing';
    caret = beyond;
  }
}

/**
 * Typed or pasted text as a suggested insertion. A selection is first suggested for deletion
 * (the new text comes after it, as in Word). Typing on at the end of one's own insertion adds
 * to it; anywhere else (including inside a deletion, where it goes just after it) it starts a
 * new insertion.
 */
export function $suggestInsertion(selection: RangeSelection, text: string, maker: SuggestionMaker): void {
  if (text === '') return;
  const { format, style } = selection;
  let caret: ReturnType<typeof $getSelection> = selection;
  if (!selection.isCollapsed()) {
    $suggestDeletion(selection, false, maker);
    // The deletion leaves the caret just after the deleted text.
    caret = $getSelection();
  }
  if (!$isRangeSelection(caret)) return;
  const around = $suggestionAround(caret.anchor.getNode());
  // Spliced in directly: Lexical's own insertText puts text typed at the end of an inline element after it.
  const anchorText = caret.anchor.getNode();
  if (around?.isInsertion() && isBy(around, maker) && $isTextNode(anchorText) && caret.anchor.offset > 0) {
    anchorText.spliceText(caret.anchor.offset, 0, text, true);
    return;
  }
  // The browser may report a caret at the end of an insertion as just after it: the typing still continues it.
  const justBefore = $nodeJustBefore(caret);
  const continued = $isSuggestionNode(justBefore) && justBefore.isInsertion() && isBy(justBefore, maker) ? justBefore.getLastDescendant() : null;
  if ($isTextNode(continued)) {
    continued.spliceText(continued.getTextContentSize(), 0, text, true);
    return;
  }
  if (around?.isDeletion()) {
    $caretBeside(around, true);
    caret = $getSelection();
    if (!$isRangeSelection(caret)) return;
  }
  const insertion = $make(maker, 'insert');
  const typed = $createTextNode(text).setFormat(format).setStyle(style);
  insertion.append(typed);
  caret.insertNodes([insertion]);
  typed.select(text.length, text.length);
}

/**
 * A node just put into the note (a snippet from the library) as a suggested insertion. Put
 * inside someone's deletion, it goes just after it, with the caret; inside one's own
 * insertion, it is already part of it.
 */
export function $suggestInsertedNode(node: LexicalNode, maker: SuggestionMaker): void {
  const around = $suggestionAround(node);
  if (around?.isInsertion() && isBy(around, maker)) return;
  const outOfDeletion = around?.isDeletion() === true;
  if (around && outOfDeletion) around.insertAfter(node);
  const insertion = $make(maker, 'insert');
  node.insertBefore(insertion);
  insertion.append(node);
  if (outOfDeletion) insertion.selectNext(0, 0);
}

/**
 * Text an input method has just put in before the caret (a composition: Chinese, Japanese,
 * Korean and other input), made a suggested insertion like typed text. The browser writes
 * composed text into the page itself, so it is wrapped once the composition ends. Returns
 * whether it was found just before the caret.
 */
export function $suggestComposed(caret: RangeSelection, text: string, maker: SuggestionMaker): boolean {
  const node = caret.anchor.getNode();
  const end = caret.anchor.offset;
  if (text === '' || !caret.isCollapsed() || !$isTextNode(node) || end < text.length || node.getTextContent().slice(end - text.length, end) !== text) return false;
  const around = $suggestionAround(node);
  if (around?.isInsertion() && isBy(around, maker)) return true;
  const [composed] = end - text.length === 0 ? node.splitText(end) : node.splitText(end - text.length, end).slice(1);
  if (!composed) return false;
  const insertion = $make(maker, 'insert');
  composed.insertBefore(insertion);
  insertion.append(composed);
  // Composed inside a deletion: it comes out of it there, the deletion split in two (still one suggestion).
  if (around?.isDeletion() && insertion.getParent()?.is(around)) $liftOut(insertion, around);
  composed.select(text.length, text.length);
  return true;
}

/** The node right before a collapsed caret, in the same parent. */
function $nodeJustBefore(caret: RangeSelection): LexicalNode | null {
  const { anchor } = caret;
  const node = anchor.getNode();
  if (anchor.type === 'element' && $isElementNode(node)) return node.getChildAtIndex(anchor.offset - 1);
  return anchor.offset === 0 ? node.getPreviousSibling() : null;
}

/**
 * Every suggestion node with this id (a deletion across paragraphs has one per paragraph),
 * every block with that suggested break before it, and the blocks carrying that move.
 */
function $nodesOf(id: string | null): { inline: SuggestionNode[]; breaks: ElementNode[]; moves: ElementNode[]; types: ElementNode[] } {
  const inline: SuggestionNode[] = [];
  const breaks: ElementNode[] = [];
  const moves: ElementNode[] = [];
  const types: ElementNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isSuggestionNode(node)) {
      if (id === null || node.getSuggestionId() === id) inline.push(node);
    } else if ($isElementNode(node)) {
      const suggested = $breakBefore(node);
      if (suggested && (id === null || suggested.suggestionId === id)) breaks.push(node);
      const move = $moveOf(node);
      if (move && (id === null || move.suggestionId === id)) moves.push(node);
      const typeChange = $typeChangeOf(node);
      if (typeChange && (id === null || typeChange.suggestionId === id)) types.push(node);
    }
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return { inline, breaks, moves, types };
}

function $unwrap(node: SuggestionNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/**
 * Accepts (or rejects) one suggestion, or all of them when `id` is null: an accepted
 * insertion's text stays and a deletion's goes; rejecting does the reverse. Returns how many
 * suggestions were decided.
 */
export function $decideSuggestions(id: string | null, accept: boolean): number {
  const { inline, breaks, moves, types } = $nodesOf(id);
  const ids = new Set<string>();
  // Innermost first: a suggestion inside another is decided before the one around it moves or drops it.
  for (const node of inline.reverse()) {
    if (!node.isAttached()) continue;
    ids.add(node.getSuggestionId());
    const { formatChange } = node.getData();
    if (formatChange) {
      // The text already shows the change: rejecting turns it back.
      if (!accept) for (const text of node.getAllTextNodes()) text.setFormat(withFormat(text.getFormat(), formatChange.format, !formatChange.on));
      $unwrap(node);
    } else if (node.isInsertion() === accept) $unwrap(node);
    else node.remove();
  }
  // Breaks after the text: a join then carries the text as decided.
  for (const block of breaks) {
    if (!block.isAttached()) continue;
    ids.add($breakBefore(block)!.suggestionId);
    $decideBreak(block, accept);
  }
  const movesById = new Map<string, ElementNode[]>();
  for (const block of moves) {
    const moveId = $moveOf(block)!.suggestionId;
    movesById.set(moveId, [...(movesById.get(moveId) ?? []), block]);
  }
  for (const [moveId, blocks] of movesById) {
    ids.add(moveId);
    $decideMove(blocks, accept);
  }
  // Type changes last: rejecting one puts a new block in the old one's place.
  for (const block of types) {
    const typeChange = $typeChangeOf(block);
    if (!block.isAttached() || !typeChange) continue;
    ids.add(typeChange.suggestionId);
    $decideTypeChange(block, accept);
  }
  return ids.size;
}

/**
 * Bold, italic, underline or strike-through applied to the selection as a suggestion: the text
 * whose format changes shows it at once, inside a formatting suggestion that says which format
 * and which way (on when not all of the selection had it, as the toolbar toggles). The
 * suggester's own insertions just take the format, text suggested for deletion is left as it
 * is, and text a formatting suggestion of the same format had changed goes back out of it (the
 * suggestion withdrawn there). Returns whether anything changed.
 */
export function $suggestFormat(selection: RangeSelection, format: SuggestedFormat, maker: SuggestionMaker): boolean {
  if (selection.isCollapsed()) return false;
  const texts = selection.extract().filter((node): node is TextNode => $isTextNode(node) && node.getTextContentSize() > 0 && !$isDeleted(node));
  if (texts.length === 0) return false;
  const on = !texts.every((text) => text.hasFormat(format));
  const id = maker.newId();
  let current: SuggestionNode | null = null;
  for (const text of texts) {
    if (text.hasFormat(format) === on) continue;
    text.setFormat(withFormat(text.getFormat(), format, on));
    const around = $suggestionAround(text);
    if (around?.isInsertion() && isBy(around, maker)) continue;
    if (around?.getData().formatChange?.format === format) {
      // Back as it was: it reads the same whichever way that suggestion is decided, so it leaves it where it can.
      if (text.getParent()?.is(around)) $liftOut(text, around);
      current = null;
      continue;
    }
    const previous = text.getPreviousSibling();
    if (current && previous?.is(current)) current.append(text);
    else {
      current = $createSuggestionNode({ suggestionId: id, kind: 'format', author: maker.author, createdAt: maker.now(), formatChange: { format, on } });
      text.insertBefore(current);
      current.append(text);
    }
  }
  const first = texts[0]!;
  const last = texts.at(-1)!;
  const range = $createRangeSelection();
  range.anchor.set(first.getKey(), 0, 'text');
  range.focus.set(last.getKey(), last.getTextContentSize(), 'text');
  $setSelection(range);
  return true;
}

/** Moves a node out of the suggestion around it (its parent), splitting the suggestion where the node was. */
function $liftOut(node: LexicalNode, suggestion: SuggestionNode): void {
  const after = node.getNextSiblings();
  suggestion.insertAfter(node);
  if (after.length > 0) {
    const rest = $createSuggestionNode(suggestion.getData());
    node.insertAfter(rest);
    rest.append(...after);
  }
  if (suggestion.getChildrenSize() === 0) suggestion.remove();
}

/** Selects a suggestion's text; false when it is gone. */
export function $selectSuggestion(id: string): boolean {
  const { inline, breaks, moves, types } = $nodesOf(id);
  // A break: the caret at the start of the block after it; a move: the moved block; a type change: its block.
  if (breaks[0]) return $isRangeSelection(breaks[0].selectStart());
  if (types[0]) return $selectElements(types[0], types[0]);
  const moved = moves.find((block) => $moveOf(block)?.side === 'to') ?? moves[0];
  if (moved) return $selectElements(moved, moved);
  return $selectElements(inline[0], inline.at(-1));
}

/** The suggestions in document order, one entry per id, for the Review panel. */
export function $listSuggestions(): ListedSuggestion[] {
  const byId = new Map<string, ListedSuggestion>();
  const visit = (node: LexicalNode) => {
    if ($isSuggestionNode(node)) {
      const data = node.getData();
      const listed = byId.get(data.suggestionId);
      if (listed) listed.text += node.getTextContent();
      else byId.set(data.suggestionId, { ...data, text: node.getTextContent() });
    } else if ($isElementNode(node)) {
      const suggested = $breakBefore(node);
      if (suggested) byId.set(suggested.suggestionId, { ...suggested, text: node.getTextContent().slice(0, BREAK_QUOTE_CHARS), paragraphBreak: true });
      const typeChange = $typeChangeOf(node);
      const type = $blockTypeOf(node);
      if (typeChange && type) byId.set(typeChange.suggestionId, listedTypeChange(typeChange, type, node.getTextContent()));
      const move = $moveOf(node);
      const listed = move && byId.get(move.suggestionId);
      // One entry per move, in the place it is first met, quoting the moved block where it still is.
      if (move && (!listed || move.side === 'to')) {
        const entry: ListedSuggestion = { suggestionId: move.suggestionId, kind: 'insert', author: move.author, createdAt: move.createdAt, text: node.getTextContent().slice(0, BREAK_QUOTE_CHARS), moved: true };
        if (listed) Object.assign(listed, entry);
        else byId.set(move.suggestionId, entry);
      }
    }
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return [...byId.values()];
}
