import { isBlankBlock } from '../../../common/noteStructure';
import type { SerializedNode } from '../../../common/editorState';
import { MARK_NODE_TYPE } from '../../../common/comments';
import { MOVE_STATE_KEY, moveSuggestionOf, SUGGESTION_NODE_TYPE, withBlockState } from '../../../common/suggestions';
import { decisionFromNode, withTemplateDecisions } from '../../../common/print/decisions';
import type { Template } from '../../../common/template';
import { trackedBreak } from '../export/docx/trackedBlocks';
import { xmlSafe } from '../export/docx/xmlSafe';

/** A text node of the body, by the child indexes leading to it from the root's children. */
export type NodePath = readonly number[];

/** The node at a path from the root's children (an empty object where there is none). */
export function nodeAtPath(root: SerializedNode[], path: NodePath): Partial<SerializedNode> {
  let node: Partial<SerializedNode> = { children: root };
  for (const index of path) node = node.children?.[index] ?? {};
  return node;
}

/** Document order of two paths. */
export function comparePaths(a: NodePath, b: NodePath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Where a text node's text sits in a paragraph's text. */
export interface TextPiece {
  path: NodePath;
  start: number;
  end: number;
}

/** One paragraph of the exported Word document's body, and where its words come from in the note. */
export interface NoteParagraph {
  text: string;
  pieces: TextPiece[];
  /** Where the paragraph's suggested insertions (not in its text) stand in it; only when it has any. */
  insertions?: { path: NodePath; offset: number }[];
}

/**
 * The paragraphs the DOCX export writes for the note's body (bodyDocx.ts), in the same order
 * and with the same text as a Word reader finds them: this is what a reviewer's document is
 * matched against, and how a comment's place in it leads back to the note's text nodes.
 * Citation markers are left out here and by the reader. Keep in step with bodyDocx.ts (the
 * unit test reads an export back and compares).
 *
 * With `movesUnmade` (a note and a colleague's copy of it, compared), each top-level block
 * moved as a suggestion is read where it was moved from, in its stand-in's place, as the text
 * was before the move: the one may have the move and the other not yet, and what either places
 * on that text lands in the moved block itself, not in the stand-in the move's decision removes.
 */
export function noteParagraphs(root: readonly SerializedNode[], template?: Pick<Template, 'sections'>, options: { movesUnmade?: boolean } = {}): NoteParagraph[] {
  const out: NoteParagraph[] = [];
  const nodes = withTemplateDecisions(root, template);
  const moved = options.movesUnmade ? movedTopBlocks(root) : new Map<string, number>();
  nodes.forEach((node, position) => {
    const move = moveSuggestionOf(node);
    const movedIndex = move ? moved.get(move.suggestionId) : undefined;
    if (movedIndex !== undefined && move?.side === 'to') return;
    // Where a moved block was, its own text, read as it is: what is placed there lands in the block, which the move's decision keeps.
    const [shown, index] = movedIndex !== undefined ? [withBlockState(root[movedIndex]!, MOVE_STATE_KEY, null), movedIndex] : [node, root.indexOf(node)];
    const items = block(shown, index < 0 ? null : [index]);
    if (!joinsBack(nodes[position - 1], node, items, out)) out.push(...items);
  });
  return out;
}

/** The top-level blocks moved as suggestions whose stand-ins are top-level too: their index, by the move's id. */
export function movedTopBlocks(root: readonly SerializedNode[]): Map<string, number> {
  const standIns = new Set(root.flatMap((node) => (moveSuggestionOf(node)?.side === 'from' ? [moveSuggestionOf(node)!.suggestionId] : [])));
  const moved = new Map<string, number>();
  root.forEach((node, index) => {
    const move = moveSuggestionOf(node);
    if (move?.side === 'to' && standIns.has(move.suggestionId)) moved.set(move.suggestionId, index);
  });
  return moved;
}


/**
 * A block after a suggested new paragraph break runs on in the paragraph before it, as a Word
 * reader finds the document before its tracked changes (the export marks the break on the
 * paragraph mark before it). Returns whether it was joined into the last of `out`.
 */
function joinsBack(previous: SerializedNode | undefined, node: SerializedNode, items: readonly Emitted[], out: Emitted[]): boolean {
  const last = out.at(-1);
  const only = items.length === 1 ? items[0] : undefined;
  if (trackedBreak(previous, node)?.kind !== 'insert' || !last || 'table' in last || !only || 'table' in only) return false;
  const shift = last.text.length;
  const insertions = [...(last.insertions ?? []), ...(only.insertions ?? []).map((at) => ({ ...at, offset: at.offset + shift }))];
  out[out.length - 1] = {
    text: last.text + only.text,
    pieces: [...last.pieces, ...only.pieces.map((piece) => ({ ...piece, start: piece.start + shift, end: piece.end + shift }))],
    ...(insertions.length > 0 ? { insertions } : {}),
  };
  return true;
}

/** A paragraph under construction; a null path is a node the export added (a decision block), which no comment can be on. */
class Line {
  text = '';
  readonly pieces: TextPiece[] = [];
  add(text: string, path: NodePath | null): void {
    if (path && text) this.pieces.push({ path, start: this.text.length, end: this.text.length + text.length });
    this.text += text;
  }
  /** A suggested insertion at this point: kept out of the text, its place remembered. */
  skip(path: NodePath | null): void {
    if (path) (this.insertions ??= []).push({ path, offset: this.text.length });
  }
  private insertions: { path: NodePath; offset: number }[] | undefined;
  done(): NoteParagraph {
    return this.insertions ? { text: this.text, pieces: this.pieces, insertions: this.insertions } : { text: this.text, pieces: this.pieces };
  }
}

const childPath = (path: NodePath | null, index: number): NodePath | null => (path ? [...path, index] : null);

function inlineNode(node: SerializedNode, at: NodePath | null, line: Line): void {
  // The document's text before its tracked changes: a suggested insertion is not in it yet (a deletion still is).
  if (node.type === SUGGESTION_NODE_TYPE && node.kind === 'insert') return line.skip(at);
  if (node.type === 'text') line.add(xmlSafe(node.text ?? '').replace(/\r\n|\r/g, '\n'), at);
  else if (node.type === 'linebreak') line.add('\n', null);
  else if (node.type === 'tab') line.add('\t', null);
  else if ((node.type === 'link' || node.type === 'autolink') && (node.children ?? []).length === 0) line.add(typeof node.url === 'string' ? node.url : '', null);
  else if (node.children) inline(node.children, at, line);
  else if (node.type !== MARK_NODE_TYPE && typeof node.text === 'string') line.add(xmlSafe(node.text), null);
}

function inline(nodes: readonly SerializedNode[], path: NodePath | null, line: Line): void {
  nodes.forEach((node, index) => inlineNode(node, childPath(path, index), line));
}

/**
 * A block's inline content. A block moved as a suggestion has its text written as a tracked
 * insertion (trackedBlocks.ts: all of it but a link's), so before the changes that text is
 * not there yet.
 */
function blockContent(block: SerializedNode, path: NodePath | null, line: Line, skip: (child: SerializedNode) => boolean = () => false): void {
  const moved = moveSuggestionOf(block)?.side === 'to';
  (block.children ?? []).forEach((child, index) => {
    if (skip(child)) return;
    const at = childPath(path, index);
    if (moved) movedContent(child, at, line);
    else inlineNode(child, at, line);
  });
}

function movedContent(node: SerializedNode, at: NodePath | null, line: Line): void {
  if (node.type === 'text') return line.skip(at);
  if (node.type === 'link' || node.type === 'autolink' || !node.children) return inlineNode(node, at, line);
  node.children.forEach((child, index) => movedContent(child, childPath(at, index), line));
}

function paragraphOf(block: SerializedNode, path: NodePath | null): NoteParagraph {
  const line = new Line();
  blockContent(block, path, line);
  return line.done();
}

function listParagraphs(list: SerializedNode, path: NodePath | null): NoteParagraph[] {
  const check = list.listType === 'check';
  const items = list.children ?? [];
  const joined: Emitted[] = [];
  items.forEach((item, itemIndex) => {
    const paragraphs = itemParagraphs(item, childPath(path, itemIndex), check);
    if (!joinsBack(items[itemIndex - 1], item, paragraphs, joined)) joined.push(...paragraphs);
  });
  return joined as NoteParagraph[];
}

function itemParagraphs(item: SerializedNode, itemPath: NodePath | null, check: boolean): NoteParagraph[] {
  const children = item.children ?? [];
  const out: NoteParagraph[] = [];
  if (children.some((child) => child.type !== 'list' && !isBlankBlock(child))) {
    // The content is every child but nested lists; their indexes are kept so paths stay true.
    const line = new Line();
    line.add(check ? (item.checked === true ? '\u2611 ' : '\u2610 ') : '', null);
    blockContent(item, itemPath, line, (child) => child.type === 'list');
    out.push(line.done());
  }
  children.forEach((child, index) => {
    if (child.type === 'list') out.push(...listParagraphs(child, childPath(itemPath, index)));
  });
  return out;
}

type Emitted = NoteParagraph | { table: NoteParagraph[] };

function cellParagraphs(cell: SerializedNode, path: NodePath | null): NoteParagraph[] {
  const found = blocks(cell.children ?? [], path).filter((item): item is NoteParagraph => !('table' in item));
  return found.length > 0 ? found : [{ text: '', pieces: [] }];
}

function tableParagraphs(table: SerializedNode, path: NodePath | null): NoteParagraph[] | undefined {
  const rows = (table.children ?? []).map((row, index) => ({ row, index })).filter(({ row }) => row.type === 'tablerow' && (row.children ?? []).length > 0);
  if (rows.length === 0) return undefined;
  return rows.flatMap(({ row, index }) => (row.children ?? []).flatMap((cell, cellIndex) => cellParagraphs(cell, childPath(childPath(path, index), cellIndex))));
}

function blockItems(node: SerializedNode, path: NodePath | null): Emitted[] {
  switch (node.type) {
    case 'paragraph':
      if (node.brieflinkGuidance === true || isBlankBlock(node)) return [];
      return [paragraphOf(node, path)];
    case 'heading':
    case 'quote':
      return isBlankBlock(node) ? [] : [paragraphOf(node, path)];
    case 'list':
      return listParagraphs(node, path);
    case 'table': {
      const table = tableParagraphs(node, path);
      return table ? [{ table }, { text: '', pieces: [] }] : [];
    }
    case 'page-break':
    case 'horizontalrule':
      return [{ text: '', pieces: [] }];
    case 'decision-block': {
      const decision = decisionFromNode(node);
      return [
        ...decision.optionGroups.map((group) => ({ text: xmlSafe(group.map((option) => `\u2610 ${option}`).join('\u2003\u2003')), pieces: [] })),
        ...decision.signatureLines.map((label) => ({ text: `${xmlSafe(`${label}: `)}${'\u00a0'.repeat(60)}`, pieces: [] })),
      ];
    }
    default: {
      const children = node.children ?? [];
      if (children.some((child) => ['paragraph', 'heading', 'list', 'quote', 'table'].includes(child.type))) return blocks(children, path);
      if (isBlankBlock(node)) return [];
      const line = new Line();
      if (node.children) inline(node.children, path, line);
      else if (typeof node.text === 'string') line.add(xmlSafe(node.text), null);
      return [line.done()];
    }
  }
}

function blocks(nodes: readonly SerializedNode[], path: NodePath | null): Emitted[] {
  const out: Emitted[] = [];
  nodes.forEach((node, index) => {
    const items = blockItems(node, childPath(path, index));
    if (!joinsBack(nodes[index - 1], node, items, out)) out.push(...items);
  });
  return out;
}

function block(node: SerializedNode, path: NodePath | null): NoteParagraph[] {
  return blockItems(node, path).flatMap((item) => ('table' in item ? item.table : [item]));
}
