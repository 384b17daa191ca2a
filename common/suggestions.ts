import { z } from 'zod';
import { commentAuthorSchema, commentIdSchema } from './comments';
import { TEXT_FORMAT, type SerializedEditorState, type SerializedNode } from './editorState';

/**
 * Suggested changes. With Suggest changes on, typed text goes into an "insert" suggestion
 * node, deleted text stays in the body inside a "delete" suggestion node, and text made bold
 * (italic, underlined, struck through) or not is shown so inside a "format" suggestion node
 * that says which format changed, each carrying who suggested it and when, until someone
 * accepts or rejects it. They live in the body, so they travel with the note, its history,
 * copies and bundles (note format 5; 6 once it holds a formatting suggestion).
 *
 * A paragraph break is suggested on the block after it (Lexical node state `suggestedBreak`,
 * serialized under `$`): Enter while suggesting splits the block and marks the new break as
 * an insertion; Backspace at a block's start (or Delete at the end of the one before) marks
 * the break before it for deletion, leaving both blocks as they are until it is accepted
 * (note format 7). A block moved up or down (Alt+Shift+Up/Down) while suggesting carries
 * the move, and a stand-in with its text stays where it was (also format 7). A block whose
 * type is changed while suggesting (a paragraph made a heading) shows the new type and carries
 * the old one in its `suggestedBlockType` state (note format 8).
 *
 * Everything that reads the note as it will go out (the print, the DOCX, word counts and the
 * page count) reads it with every suggestion accepted: `acceptedNodes`.
 */
export const SUGGESTION_NODE_TYPE = 'suggestion';

export const suggestionKindSchema = z.enum(['insert', 'delete', 'format']);
export type SuggestionKind = z.infer<typeof suggestionKindSchema>;

/** The formats a formatting suggestion records: the toolbar's. */
export const SUGGESTED_FORMATS = ['bold', 'italic', 'underline', 'strikethrough'] as const;
export type SuggestedFormat = (typeof SUGGESTED_FORMATS)[number];

/** A formatting suggestion's change: the text inside it has `format` turned on (or off); rejecting turns it back. */
export const formatChangeSchema = z.object({ format: z.enum(SUGGESTED_FORMATS), on: z.boolean() });
export type FormatChange = z.infer<typeof formatChangeSchema>;

/** What a suggestion node carries besides its children. */
export const suggestionDataSchema = z
  .object({
    suggestionId: commentIdSchema,
    kind: suggestionKindSchema,
    author: commentAuthorSchema,
    createdAt: z.iso.datetime(),
    formatChange: formatChangeSchema.optional(),
  })
  .refine((data) => (data.kind === 'format') === (data.formatChange !== undefined), 'a formatting suggestion, and only one, says which format it changes');
export type SuggestionData = z.infer<typeof suggestionDataSchema>;

/** The node state key a block carries its suggested paragraph break under (in Lexical's `$` record). */
export const BREAK_STATE_KEY = 'suggestedBreak';

/** A suggested paragraph break before a block: 'insert' made by Enter, 'delete' asked by joining. */
export const breakSuggestionSchema = z.object({
  suggestionId: commentIdSchema,
  kind: z.enum(['insert', 'delete']),
  author: commentAuthorSchema,
  createdAt: z.iso.datetime(),
});
export type BreakSuggestion = z.infer<typeof breakSuggestionSchema>;

/** The suggested break before a serialized block, or null (none, or data that does not read). */
export function breakSuggestionOf(node: SerializedNode): BreakSuggestion | null {
  return blockStateOf(node, BREAK_STATE_KEY, breakSuggestionSchema);
}

/** A value a serialized node carries in Lexical's node state (its `$` record), or null where it is missing or does not read. */
function blockStateOf<T>(node: SerializedNode, key: string, schema: z.ZodType<T>): T | null {
  const state = node.$;
  if (typeof state !== 'object' || state === null) return null;
  const parsed = schema.safeParse((state as Record<string, unknown>)[key]);
  return parsed.success ? parsed.data : null;
}

/** The node state key a block carries its part of a suggested move under. */
export const MOVE_STATE_KEY = 'suggestedMove';

/**
 * A suggested move of a block, on two blocks with one id: the block where it was moved to
 * ('to'), and a stand-in holding its text where it was ('from'), which goes once the move is
 * accepted and gives its place back to the block if it is rejected.
 */
export const moveSuggestionSchema = z.object({
  suggestionId: commentIdSchema,
  side: z.enum(['from', 'to']),
  author: commentAuthorSchema,
  createdAt: z.iso.datetime(),
});
export type MoveSuggestion = z.infer<typeof moveSuggestionSchema>;

/** The suggested move a serialized block carries, or null. */
export function moveSuggestionOf(node: SerializedNode): MoveSuggestion | null {
  return blockStateOf(node, MOVE_STATE_KEY, moveSuggestionSchema);
}

/** The node state key a block carries a suggested change of its type under (a paragraph made a heading). */
export const BLOCK_TYPE_STATE_KEY = 'suggestedBlockType';

/** The block types a type change is suggested between, as the toolbar's Block type names them (lists are not among them). */
export const SUGGESTED_BLOCK_TYPES = ['paragraph', 'h2', 'h3', 'quote'] as const;
export type SuggestedBlockType = (typeof SUGGESTED_BLOCK_TYPES)[number];

const BLOCK_TYPE_NAMES: Record<SuggestedBlockType, string> = { paragraph: 'paragraph', h2: 'heading', h3: 'subheading', quote: 'quote' };

/**
 * A suggested change of a block's type: the block shows the new type at once and records the
 * one it had (`from`); accepting keeps the new type, rejecting gives the old one back.
 */
export const blockTypeSuggestionSchema = z.object({
  suggestionId: commentIdSchema,
  from: z.enum(SUGGESTED_BLOCK_TYPES),
  author: commentAuthorSchema,
  createdAt: z.iso.datetime(),
});
export type BlockTypeSuggestion = z.infer<typeof blockTypeSuggestionSchema>;

/** The suggested type change a serialized block carries, or null. */
export function blockTypeSuggestionOf(node: SerializedNode): BlockTypeSuggestion | null {
  return blockStateOf(node, BLOCK_TYPE_STATE_KEY, blockTypeSuggestionSchema);
}

/** A serialized block's type as the toolbar names it, or null for other blocks (lists, tables). */
export function suggestedBlockTypeOf(node: SerializedNode): SuggestedBlockType | null {
  if (node.type === 'paragraph' || node.type === 'quote') return node.type;
  if (node.type === 'heading') return node.tag === 'h2' || node.tag === 'h3' ? node.tag : null;
  return null;
}

/** A copy of a serialized block with its node state (`$`) as given: left out when empty. */
export function withState(block: SerializedNode, state: Record<string, unknown>): SerializedNode {
  const copy: SerializedNode = { ...block };
  delete copy.$;
  return Object.keys(state).length > 0 ? { ...copy, $: state } : copy;
}

/** A copy of a serialized block with one of its node state's values set (null: taken out), the others kept. */
export function withBlockState(block: SerializedNode, key: string, value: unknown): SerializedNode {
  const state: Record<string, unknown> = { ...((block.$ ?? {}) as Record<string, unknown>) };
  delete state[key];
  return withState(block, value === null ? state : { ...state, [key]: value });
}

/** A copy of a serialized paragraph, heading or quote made another of them, its content and node state kept. */
export function withBlockType(node: SerializedNode, type: SuggestedBlockType): SerializedNode {
  const rest = { ...node };
  delete rest.tag;
  return type === 'h2' || type === 'h3' ? { ...rest, type: 'heading', tag: type } : { ...rest, type };
}

/** A text node's format bits with `format` set on or off. */
export function withFormat(bits: number, format: SuggestedFormat, on: boolean): number {
  return on ? bits | TEXT_FORMAT[format] : bits & ~TEXT_FORMAT[format];
}

/** How a suggestion reads in the Review panel: "Insert", "Delete", "Bold", "Not italic", "New paragraph", "Join paragraphs", "Heading, was paragraph". */
export function suggestionVerb(data: Pick<ListedSuggestion, 'kind' | 'formatChange' | 'paragraphBreak' | 'moved' | 'blockType'>): string {
  if (data.moved) return 'Moved';
  if (data.blockType) {
    const to = BLOCK_TYPE_NAMES[data.blockType.to];
    return `${to.charAt(0).toUpperCase()}${to.slice(1)}, was ${BLOCK_TYPE_NAMES[data.blockType.from]}`;
  }
  if (data.paragraphBreak) return data.kind === 'insert' ? 'New paragraph' : 'Join paragraphs';
  if (data.kind === 'insert') return 'Insert';
  if (data.kind === 'delete') return 'Delete';
  const name = data.formatChange?.format === 'strikethrough' ? 'struck through' : data.formatChange?.format === 'underline' ? 'underlined' : (data.formatChange?.format ?? 'formatted');
  return data.formatChange?.on === false ? `Not ${name}` : name.charAt(0).toUpperCase() + name.slice(1);
}

/** A suggestion as the Review panel lists it: one entry per id, its text joined across the nodes it spans. */
export interface ListedSuggestion extends SuggestionData {
  text: string;
  /** A suggested paragraph break; `text` is then the start of the block after it. */
  paragraphBreak?: true;
  /** A suggested move of a block (listed as kind 'insert'); `text` is then the start of the block. */
  moved?: true;
  /** A suggested change of a block's type (listed as kind 'format'); `text` is then the start of the block. */
  blockType?: { from: SuggestedBlockType; to: SuggestedBlockType };
}

/** How much of the block after a suggested break the Review panel quotes. */
export const BREAK_QUOTE_CHARS = 40;

export function isSuggestionNode(node: SerializedNode): boolean {
  return node.type === SUGGESTION_NODE_TYPE;
}

/**
 * The nodes as they read with every suggestion accepted: an insertion's children take its
 * place, a deletion goes with its text. Unchanged subtrees are shared, not copied, so a body
 * without suggestions comes back as the same array.
 */
export function acceptedNodes(nodes: readonly SerializedNode[]): SerializedNode[] {
  let changed = false;
  const out: SerializedNode[] = [];
  /** Whether the last node read went out (a joined block runs on only into the block right before it). */
  let previousKept = false;
  for (const node of nodes) {
    const previousWasKept = previousKept;
    previousKept = false;
    if (isSuggestionNode(node)) {
      changed = true;
      // An insertion's text and a formatting suggestion's (already formatted as suggested) stay; a deletion's goes.
      if (node.kind !== 'delete') out.push(...acceptedNodes(node.children ?? []));
      continue;
    }
    if (moveSuggestionOf(node)?.side === 'from') {
      // The stand-in where a moved block was.
      changed = true;
      continue;
    }
    const children = node.children;
    const accepted = children ? acceptedNodes(children) : children;
    const previous = out.at(-1);
    previousKept = true;
    if (breakSuggestionOf(node)?.kind === 'delete' && accepted && previous && previousWasKept && canJoin(previous, node)) {
      // The break before this block goes: its text runs on at the end of the block before.
      changed = true;
      out[out.length - 1] = { ...previous, children: [...(previous.children ?? []), ...accepted] };
      continue;
    }
    if (accepted !== children) {
      changed = true;
      out.push({ ...node, children: accepted });
      continue;
    }
    out.push(node);
  }
  return changed ? out : (nodes as SerializedNode[]);
}

/** Blocks a paragraph break can join: two that hold text (not a list, table or rule), neither holding a block nor standing in for a moved one. */
export function canJoin(first: SerializedNode, second: SerializedNode): boolean {
  const holdsText = (node: SerializedNode) => TEXT_BLOCK_TYPES.has(node.type) && !(node.children ?? []).some((child) => child.type === 'list') && moveSuggestionOf(node)?.side !== 'from';
  return holdsText(first) && holdsText(second);
}
const TEXT_BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);

export function hasSuggestions(nodes: readonly SerializedNode[]): boolean {
  return nodes.some((node) => isSuggestionNode(node) || hasBlockSuggestion(node) || hasSuggestions(node.children ?? []));
}

const hasBlockSuggestion = (node: SerializedNode) => breakSuggestionOf(node) !== null || moveSuggestionOf(node) !== null || blockTypeSuggestionOf(node) !== null;

/** Whether the body holds a suggested change of a block's type (note format 8). */
export function hasBlockTypeSuggestions(nodes: readonly SerializedNode[]): boolean {
  return nodes.some((node) => blockTypeSuggestionOf(node) !== null || hasBlockTypeSuggestions(node.children ?? []));
}

/** Whether the body holds a suggested paragraph break, move or type change (note format 7 at least). */
export function hasBlockSuggestions(nodes: readonly SerializedNode[]): boolean {
  return nodes.some((node) => hasBlockSuggestion(node) || hasBlockSuggestions(node.children ?? []));
}

/** The body's suggested paragraph breaks, moves and type changes, in document order, one entry per move (from the moved block where it is still there). */
export function blockSuggestionsIn(nodes: readonly SerializedNode[]): ListedSuggestion[] {
  const found: ListedSuggestion[] = [];
  const moves = new Map<string, ListedSuggestion>();
  const visit = (node: SerializedNode) => {
    const typeChange = blockTypeSuggestionOf(node);
    const type = suggestedBlockTypeOf(node);
    if (typeChange && type) found.push(listedTypeChange(typeChange, type, textOf(node)));
    const suggested = breakSuggestionOf(node);
    if (suggested) found.push({ ...suggested, text: textOf(node).slice(0, BREAK_QUOTE_CHARS), paragraphBreak: true });
    const move = moveSuggestionOf(node);
    if (move && (move.side === 'to' || !moves.has(move.suggestionId))) {
      const listed: ListedSuggestion = { suggestionId: move.suggestionId, kind: 'insert', author: move.author, createdAt: move.createdAt, text: textOf(node).slice(0, BREAK_QUOTE_CHARS), moved: true };
      const known = moves.get(move.suggestionId);
      if (known) Object.assign(known, listed);
      else {
        moves.set(move.suggestionId, listed);
        found.push(listed);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  nodes.forEach(visit);
  return found;
}

/** A suggested type change as the Review panel lists it, quoting the start of the block's text. */
export function listedTypeChange(change: BlockTypeSuggestion, to: SuggestedBlockType, text: string): ListedSuggestion {
  return { suggestionId: change.suggestionId, kind: 'format', author: change.author, createdAt: change.createdAt, text: text.slice(0, BREAK_QUOTE_CHARS), blockType: { from: change.from, to } };
}

/** Whether the body holds a formatting suggestion (note format 6: older versions know only insertions and deletions). */
export function hasFormatSuggestions(nodes: readonly SerializedNode[]): boolean {
  return nodes.some((node) => (isSuggestionNode(node) && node.kind === 'format') || hasFormatSuggestions(node.children ?? []));
}

/** The note with every suggestion in its body accepted (the same object when it has none). */
export function withSuggestionsAccepted<T extends { body: SerializedEditorState }>(note: T): T {
  const children = note.body.root.children;
  const accepted = acceptedNodes(children);
  return accepted === children ? note : { ...note, body: { ...note.body, root: { ...note.body.root, children: accepted } } };
}

function textOf(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/** The body's suggestions in document order, one per id; a node whose data does not read is left out. */
export function suggestionsIn(nodes: readonly SerializedNode[]): ListedSuggestion[] {
  const byId = new Map<string, ListedSuggestion>();
  const visit = (node: SerializedNode) => {
    if (isSuggestionNode(node)) {
      const data = suggestionDataSchema.safeParse(node);
      if (data.success) {
        const listed = byId.get(data.data.suggestionId);
        if (listed) listed.text += textOf(node);
        else byId.set(data.data.suggestionId, { ...data.data, text: textOf(node) });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  nodes.forEach(visit);
  return [...byId.values()];
}
