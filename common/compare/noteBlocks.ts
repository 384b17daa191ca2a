import { plainText, type SerializedEditorState, type SerializedNode } from '../editorState';
import type { BlockKind } from './noteComparison';

/** One unit of a body as a reader compares it: a paragraph, a heading, one list item, one table row. */
export interface NoteBlock {
  kind: BlockKind;
  /** The block's text as shown (a table row's cells joined by " | "). */
  text: string;
  /** The text with its spacing collapsed: what two blocks are matched on. */
  key: string;
  /** Nesting depth of a list item; 0 otherwise. */
  depth: number;
  /** The nearest heading at or above the block ('' before the first heading): where a move went. */
  section: string;
  /** 1-based place among the blocks of its kind in its section ("paragraph 3"); for a heading, among all headings. */
  ordinal: number;
}

/** Blocks whose text is a fixed label, not words: never taken for a moved block. */
const FURNITURE: ReadonlySet<BlockKind> = new Set(['page break', 'horizontal line', 'decision block']);
export const isFurniture = (block: NoteBlock) => FURNITURE.has(block.kind);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function decisionText(node: SerializedNode): string {
  const groups = Array.isArray(node.optionGroups) ? (node.optionGroups as unknown[][]) : [];
  const lines = Array.isArray(node.signatureLines) ? (node.signatureLines as unknown[]) : [];
  return ['Decision:', groups.map((group) => group.map(String).join(' / ')).join('; '), ...lines.map(String)].filter(Boolean).join(' ');
}

interface RawBlock {
  kind: BlockKind;
  text: string;
  depth: number;
}

/** A list's items one by one; an item's nested list follows it one level deeper. */
function listItems(list: SerializedNode, depth: number, out: RawBlock[]): void {
  for (const item of list.children ?? []) {
    const own = (item.children ?? []).filter((child) => child.type !== 'list');
    out.push({ kind: 'list item', text: own.map(plainText).join(''), depth });
    for (const nested of (item.children ?? []).filter((child) => child.type === 'list')) listItems(nested, depth + 1, out);
  }
}

function tableRows(table: SerializedNode, out: RawBlock[]): void {
  for (const row of table.children ?? []) {
    const cells = (row.children ?? []).map((cell) => collapse(plainText(cell)));
    // A row of empty cells has nothing to compare: it is left out like an empty paragraph.
    out.push({ kind: 'table row', text: cells.some((cell) => cell !== '') ? cells.join(' | ') : '', depth: 0 });
  }
}

function rawBlocks(children: readonly SerializedNode[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const node of children) {
    switch (node.type) {
      case 'list':
        listItems(node, 0, out);
        break;
      case 'table':
        tableRows(node, out);
        break;
      case 'heading':
      case 'paragraph':
      case 'quote':
        out.push({ kind: node.type === 'heading' ? 'heading' : node.type === 'quote' ? 'quote' : 'paragraph', text: plainText(node), depth: 0 });
        break;
      case 'page-break':
        out.push({ kind: 'page break', text: 'Page break', depth: 0 });
        break;
      case 'horizontalrule':
        out.push({ kind: 'horizontal line', text: 'Horizontal line', depth: 0 });
        break;
      case 'decision-block':
        out.push({ kind: 'decision block', text: decisionText(node), depth: 0 });
        break;
      default:
        out.push({ kind: 'block', text: plainText(node), depth: 0 });
    }
  }
  return out;
}

/**
 * A body as the list of blocks a redline compares. Linked snippets count by their text (the
 * words the author sees), empty paragraphs are left out: a blank line is not a change to read.
 */
export function noteBlocks(body: SerializedEditorState): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let section = '';
  let counts = new Map<BlockKind, number>();
  let headings = 0;
  for (const raw of rawBlocks(body.root.children)) {
    const key = collapse(raw.text);
    if (key === '') continue;
    if (raw.kind === 'heading') {
      section = key;
      counts = new Map();
      blocks.push({ ...raw, key, section, ordinal: ++headings });
      continue;
    }
    const ordinal = (counts.get(raw.kind) ?? 0) + 1;
    counts.set(raw.kind, ordinal);
    blocks.push({ ...raw, key, section, ordinal });
  }
  return blocks;
}

/** Where a block sits, in words: "paragraph 2 of “Background”", "list item 1 at the top of the note", "heading 3". */
export function placeOf(block: NoteBlock): string {
  if (block.kind === 'heading') return `heading ${block.ordinal}`;
  const where = block.section === '' ? 'at the top of the note' : `of “${block.section}”`;
  return `${block.kind} ${block.ordinal} ${where}`;
}
