import type { SerializedNode } from '../../../common/editorState';
import { SUGGESTION_NODE_TYPE, suggestionsIn, withFormat, type SuggestionData } from '../../../common/suggestions';
import { comparePaths, nodeAtPath, type NodePath, type NoteParagraph } from './noteParagraphs';
import type { DocxPosition } from './readReviewDocx';
import { cutSlice, type TextSlice } from './wrapInMark';

function suggestionNode(data: SuggestionData, children: SerializedNode[]): SerializedNode {
  return { type: SUGGESTION_NODE_TYPE, version: 1, ...data, children, direction: null, format: '', indent: 0 };
}

/**
 * Wraps the slices (done last first, so splitting one never moves another) in one suggestion:
 * a deletion, or a formatting suggestion whose text is made as it suggests (as the editor
 * shows one). Text already suggested for deletion is left as it is, and a deletion never goes
 * inside another suggestion.
 */
export function wrapInSuggestion(root: SerializedNode[], slices: readonly TextSlice[], data: SuggestionData): void {
  const ordered = [...slices].sort((a, b) => comparePaths(b.path, a.path) || b.from - a.from);
  for (const slice of ordered) {
    const cut = cutSlice(root, slice);
    if (!cut || (cut.parent.type === SUGGESTION_NODE_TYPE && (data.kind === 'delete' || cut.parent.kind === 'delete'))) continue;
    const { formatChange } = data;
    const middle = formatChange ? { ...cut.middle, format: withFormat(typeof cut.middle.format === 'number' ? cut.middle.format : 0, formatChange.format, formatChange.on) } : cut.middle;
    cut.parent.children.splice(cut.index, 1, ...cut.before, suggestionNode(data, [middle]), ...cut.after);
  }
}

/** The text node and offset at a place in the text the reviewer's document had, or null where no text node is (an empty paragraph, a decision block). */
export function pointAt(paragraphs: readonly NoteParagraph[], bodyStart: number, at: DocxPosition): { path: NodePath; offset: number } | null {
  const paragraph = paragraphs[at.paragraph - bodyStart];
  // Between two pieces, the one that starts there: text added after a deletion goes after it, not into it.
  const piece =
    paragraph?.pieces.find((candidate) => candidate.start <= at.offset && at.offset < candidate.end) ??
    paragraph?.pieces.findLast((candidate) => candidate.start <= at.offset && at.offset <= candidate.end);
  return piece ? { path: piece.path, offset: at.offset - piece.start } : null;
}

/** Puts an insertion of `text` (with the formatting of the text it goes into) at a point of a text node. */
export function insertSuggestion(root: SerializedNode[], point: { path: NodePath; offset: number }, data: SuggestionData, text: string): boolean {
  const parent = nodeAtPath(root, point.path.slice(0, -1));
  const index = point.path.at(-1)!;
  const node = parent.children?.[index];
  if (!parent.children || !node || node.type !== 'text' || typeof node.text !== 'string') return false;
  const offset = Math.max(0, Math.min(point.offset, node.text.length));
  const inserted = suggestionNode(data, [{ ...node, text }]);
  const before: SerializedNode[] = offset > 0 ? [{ ...node, text: node.text.slice(0, offset) }] : [];
  const after: SerializedNode[] = offset < node.text.length ? [{ ...node, text: node.text.slice(offset) }] : [];
  parent.children.splice(index, 1, ...before, inserted, ...after);
  return true;
}

/**
 * The suggestions a note already has, as "kind, author, text" keys with how many of each: a
 * tracked change of the reviewer's document that is one of them (Brieflink exported it) is
 * not added again.
 */
export function knownSuggestions(root: readonly SerializedNode[]): Map<string, number> {
  const known = new Map<string, number>();
  for (const item of suggestionsIn(root)) {
    const key = suggestionKey(item.kind, item.author.name, item.text);
    known.set(key, (known.get(key) ?? 0) + 1);
  }
  return known;
}

export function suggestionKey(kind: string, author: string, text: string): string {
  return `${kind}\u0000${author.trim()}\u0000${text}`;
}
