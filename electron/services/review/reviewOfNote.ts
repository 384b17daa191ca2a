import { commentsOf, MARK_NODE_TYPE } from '../../../common/comments';
import type { SerializedNode } from '../../../common/editorState';
import type { Note } from '../../../common/note';
import {
  blockSuggestionsIn,
  blockTypeSuggestionOf,
  breakSuggestionOf,
  moveSuggestionOf,
  suggestedBlockTypeOf,
  SUGGESTION_NODE_TYPE,
  suggestionDataSchema,
  suggestionsIn,
  type SuggestionData,
} from '../../../common/suggestions';
import { movedTopBlocks, nodeAtPath, noteParagraphs, type NodePath, type NoteParagraph } from './noteParagraphs';
import { blockPathOf } from './placeBreaks';
import type { DocxBreak, DocxChange, DocxComment, DocxMove, DocxPosition, DocxTypeChange, ReviewDocx } from './readReviewDocx';

type Range = { start: DocxPosition; end: DocxPosition };

/** The nodes a text node sits in, outermost first (the text node itself left out). */
function ancestorsOf(root: SerializedNode[], path: NodePath): Partial<SerializedNode>[] {
  return path.slice(0, -1).map((_, depth) => nodeAtPath(root, path.slice(0, depth + 1)));
}

function widen(ranges: Map<string, Range>, id: string, start: DocxPosition, end: DocxPosition): void {
  const range = ranges.get(id);
  if (range) range.end = end;
  else ranges.set(id, { start, end });
}

const dataOf = (node: Partial<SerializedNode>): SuggestionData | null => {
  const parsed = suggestionDataSchema.safeParse(node);
  return parsed.success ? parsed.data : null;
};

/**
 * A colleague's copy of a note (from a shared-note file) read as a review of it, in the form a
 * reviewer's Word document is read (readReviewDocx.ts), so one merge serves both: the text as
 * it was before their suggestions, each comment's range and each suggestion's place in that
 * text, with the ids and authors the note gave them kept, so a second merge of the same copy
 * recognises them.
 */
export function reviewOfNote(note: Note): ReviewDocx {
  const root = note.body.root.children as SerializedNode[];
  const paragraphs = noteParagraphs(root, note.template, { movesUnmade: true });
  const marked = new Map<string, Range>();
  /** Deletions and formatting suggestions: each covers a range of the text. */
  const ranged = new Map<string, Range>();
  const inserted: DocxChange[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const piece of paragraph.pieces) {
      const start = { paragraph: index, offset: piece.start };
      const end = { paragraph: index, offset: piece.end };
      for (const node of ancestorsOf(root, piece.path)) {
        if (node.type === MARK_NODE_TYPE) for (const id of Array.isArray(node.ids) ? node.ids : []) widen(marked, String(id), start, end);
        if (node.type === SUGGESTION_NODE_TYPE && node.kind !== 'insert') {
          const data = dataOf(node);
          if (data) widen(ranged, data.suggestionId, start, end);
        }
      }
    }
    for (const point of paragraph.insertions ?? []) {
      const data = dataOf(nodeAtPath(root, point.path));
      const at = { paragraph: index, offset: point.offset };
      if (data) inserted.push({ kind: 'insert', author: data.author.name, date: data.createdAt, start: at, end: at, text: '', own: { id: data.suggestionId, author: data.author } });
    }
  });

  const listed = new Map(suggestionsIn(root).map((item) => [item.suggestionId, item]));
  const changes: DocxChange[] = [
    ...[...ranged].flatMap(([id, range]): DocxChange[] => {
      const item = listed.get(id);
      return item ? [{ kind: item.kind, ...(item.formatChange ? { formatChange: item.formatChange } : {}), author: item.author.name, date: item.createdAt, ...range, text: item.text, own: { id, author: item.author } }] : [];
    }),
    // An insertion split over several nodes is one suggestion: its text is all of theirs, placed where its first part stands.
    ...inserted.filter((change, at) => inserted.findIndex((other) => other.own!.id === change.own!.id) === at).map((change) => ({ ...change, text: listed.get(change.own!.id)?.text ?? '' })),
  ];

  const comments: DocxComment[] = commentsOf(note).flatMap((thread) => [
    {
      id: thread.id,
      author: thread.author.name,
      initials: thread.author.initials,
      date: thread.createdAt,
      text: thread.text,
      ...marked.get(thread.id),
      done: thread.resolved,
      own: { id: thread.id, author: thread.author },
    },
    ...thread.replies.map((reply) => ({
      id: reply.id,
      author: reply.author.name,
      initials: reply.author.initials,
      date: reply.createdAt,
      text: reply.text,
      parentId: thread.id,
      done: false,
      own: { id: reply.id, author: reply.author },
    })),
  ]);
  const starts = blockStarts(root, paragraphs);
  const breaks = breaksOf(root, starts);
  const typeChanges = typeChangesOf(root, starts);
  const moves = movesOf(root, starts);
  // A move of a list item or inside a table, or a break or type change on a block with no text, is not merged (the paragraphs are read as before them): the merge says so.
  const placed = new Set([...breaks, ...typeChanges, ...moves].map((item) => item.own!.id));
  const unreadBlockIds = blockSuggestionsIn(root)
    .map((item) => item.suggestionId)
    .filter((id) => !placed.has(id));
  return { paragraphs: paragraphs.map((paragraph) => paragraph.text), comments, changes, breaks, typeChanges, moves, unreadBlockIds, unreadChanges: 0 };
}

/**
 * The copy's suggested moves of top-level blocks, placed in its text as read with the moves
 * unmade (each moved block's text where its stand-in is): the moved block's paragraph there,
 * and the first paragraph of the next block after it that is not itself moved, which it goes
 * before (none: to the end).
 */
function movesOf(root: readonly SerializedNode[], starts: ReadonlyMap<string, DocxPosition>): DocxMove[] {
  // Each top-level block's first paragraph; a moved block's is at its stand-in's place.
  const topStart = new Map<number, DocxPosition>();
  for (const [key, position] of starts) {
    const top = Number(key.split('/')[0]);
    const known = topStart.get(top);
    if (!known || position.paragraph < known.paragraph) topStart.set(top, position);
  }
  const movedIndex = movedTopBlocks(root);
  /** Where a block's text is read: a stand-in's is its moved block's. */
  const readAt = (index: number) => {
    const move = moveSuggestionOf(root[index]!);
    return topStart.get(move?.side === 'from' ? (movedIndex.get(move.suggestionId) ?? index) : index);
  };
  const found: DocxMove[] = [];
  root.forEach((node, index) => {
    const move = moveSuggestionOf(node);
    const from = move?.side === 'to' ? starts.get(String(index)) : undefined;
    if (!move || !from || from.offset !== 0) return;
    let before: DocxPosition | undefined;
    for (let next = index + 1; next < root.length && !before; next++) if (moveSuggestionOf(root[next]!)?.side !== 'to') before = readAt(next);
    if (before && before.offset !== 0) return;
    found.push({ from, before: before ? before.paragraph : null, author: move.author.name, date: move.createdAt, own: { id: move.suggestionId, author: move.author } });
  });
  return found;
}

/** Where each block's text starts in the text before the suggestions, by the block's path ("0/3"). */
function blockStarts(root: SerializedNode[], paragraphs: readonly NoteParagraph[]): Map<string, DocxPosition> {
  const starts = new Map<string, DocxPosition>();
  paragraphs.forEach((paragraph, index) => {
    for (const piece of paragraph.pieces) {
      const block = blockPathOf(root, piece.path);
      const key = block?.join('/');
      if (key !== undefined && !starts.has(key)) starts.set(key, { paragraph: index, offset: piece.start });
    }
  });
  return starts;
}

/** Each node of a tree with its path, in document order. */
function eachNode(nodes: readonly SerializedNode[], visit: (node: SerializedNode, path: NodePath) => void, path: NodePath = []): void {
  nodes.forEach((node, index) => {
    const here = [...path, index];
    visit(node, here);
    eachNode(node.children ?? [], visit, here);
  });
}

/** The copy's suggested type changes of blocks that start a paragraph of the text (a block with no text is not placed). */
function typeChangesOf(root: SerializedNode[], starts: ReadonlyMap<string, DocxPosition>): DocxTypeChange[] {
  const found: DocxTypeChange[] = [];
  eachNode(root, (node, path) => {
    const change = blockTypeSuggestionOf(node);
    const to = suggestedBlockTypeOf(node);
    const at = change && to && starts.get(path.join('/'));
    if (change && to && at && at.offset === 0) found.push({ at, from: change.from, to, author: change.author.name, date: change.createdAt, own: { id: change.suggestionId, author: change.author } });
  });
  return found;
}

/**
 * The copy's suggested paragraph breaks, placed as Word's tracked paragraph marks are: a new
 * paragraph where its block starts in the text before it (the paragraph it was split from), a
 * join at the start of the block to be joined.
 */
function breaksOf(root: SerializedNode[], starts: ReadonlyMap<string, DocxPosition>): DocxBreak[] {
  const found: DocxBreak[] = [];
  eachNode(root, (node, path) => {
    const suggested = breakSuggestionOf(node);
    const at = suggested && starts.get(path.join('/'));
    if (suggested && at) {
      const { suggestionId, kind, author, createdAt } = suggested;
      found.push({ kind, author: author.name, date: createdAt, at: kind === 'insert' ? at : { paragraph: at.paragraph, offset: 0 }, own: { id: suggestionId, author } });
    }
  });
  return found;
}
