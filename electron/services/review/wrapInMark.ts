import { MARK_NODE_TYPE } from '../../../common/comments';
import type { SerializedNode } from '../../../common/editorState';
import { comparePaths, nodeAtPath, type NodePath } from './noteParagraphs';

/** Part of one text node: characters `from` to `to` of the node found at `path`. */
export interface TextSlice {
  path: NodePath;
  from: number;
  to: number;
}

function markNode(ids: string[], children: SerializedNode[]): SerializedNode {
  return { type: MARK_NODE_TYPE, ids, children, direction: null, format: '', indent: 0, version: 1 };
}

/**
 * The text node a slice is of, cut where the slice begins and ends (the pieces keep the
 * node's formatting), or null when the path leads to no text node or the slice is empty.
 */
export function cutSlice(root: SerializedNode[], slice: TextSlice) {
  const parentPath = slice.path.slice(0, -1);
  const index = slice.path.at(-1)!;
  const parent = nodeAtPath(root, parentPath);
  const text = parent.children?.[index];
  if (!parent.children || !text || text.type !== 'text' || typeof text.text !== 'string') return null;
  const length = text.text.length;
  const from = Math.max(0, Math.min(slice.from, length));
  const to = Math.max(from, Math.min(slice.to, length));
  if (from === to) return null;
  const piece = (start: number, end: number): SerializedNode[] => (end > start ? [{ ...text, text: text.text!.slice(start, end) }] : []);
  return { parentPath, parent: parent as SerializedNode & { children: SerializedNode[] }, index, before: piece(0, from), middle: piece(from, to)[0]!, after: piece(to, length) };
}

/**
 * Wraps one slice of a text node in a mark for comment `id`, as the editor does when a
 * comment is posted: the text node is split where the slice begins and ends; text already in
 * another comment's mark gets a mark carrying both ids (the mark is split too), never a mark
 * inside a mark.
 */
function wrapSlice(root: SerializedNode[], slice: TextSlice, id: string): void {
  const cut = cutSlice(root, slice);
  if (!cut) return;
  const { parentPath, parent, index, before, middle, after } = cut;

  if (parent.type === MARK_NODE_TYPE && parentPath.length > 0) {
    const ids = Array.isArray(parent.ids) ? parent.ids.filter((value): value is string => typeof value === 'string') : [];
    if (ids.includes(id)) return;
    const grand = nodeAtPath(root, parentPath.slice(0, -1));
    const head = [...parent.children.slice(0, index), ...before];
    const tail = [...after, ...parent.children.slice(index + 1)];
    grand.children!.splice(
      parentPath.at(-1)!,
      1,
      ...(head.length > 0 ? [{ ...parent, children: head }] : []),
      { ...parent, ids: [...ids, id], children: [middle] },
      ...(tail.length > 0 ? [{ ...parent, children: tail }] : []),
    );
    return;
  }
  parent.children.splice(index, 1, ...before, markNode([id], [middle]), ...after);
}

/**
 * Marks the slices for comment `id` in `root` (changed in place: the caller works on its own
 * copy). The slices are done last first, so splitting a node never moves one still to do.
 */
export function wrapInMark(root: SerializedNode[], slices: readonly TextSlice[], id: string): void {
  const ordered = [...slices].sort((a, b) => comparePaths(b.path, a.path));
  for (const slice of ordered) wrapSlice(root, slice, id);
}
