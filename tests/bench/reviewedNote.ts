// The reviewed long note of issue 22: the long note of issue 4 (longNote.ts) with 200
// comment threads and 200 suggested changes spread over it, as reviewers would leave them
// (or as many of each as asked: the end-to-end test of 500 comments asks for more).
import { MARK_NODE_TYPE, type CommentAuthor, type CommentThread } from '../../common/comments';
import type { SerializedEditorState, SerializedNode } from '../../common/editorState';
import { SUGGESTION_NODE_TYPE, type SuggestionKind } from '../../common/suggestions';

export const REVIEW_COMMENTS = 200;
export const REVIEW_SUGGESTIONS = 200;

const REVIEWERS: readonly CommentAuthor[] = [
  { name: 'Rae Reviewer', initials: 'RR', office: 'Legal' },
  { name: 'Cal Clearer', initials: 'CC', office: 'Communications' },
];
const CREATED_AT = '2026-03-02T09:00:00.000Z';

function mark(id: string, child: SerializedNode): SerializedNode {
  return { type: MARK_NODE_TYPE, version: 1, ids: [id], children: [child], direction: null, format: '', indent: 0 };
}

function suggestion(id: string, kind: SuggestionKind, author: CommentAuthor, child: SerializedNode): SerializedNode {
  return { type: SUGGESTION_NODE_TYPE, version: 1, suggestionId: id, kind, author, createdAt: CREATED_AT, children: [child], direction: null, format: '', indent: 0 };
}

interface Place {
  paragraph: SerializedNode;
  index: number;
}

/** Where a run can be wrapped: a text node with words in it, straight under a paragraph (not in a snippet). */
function wrappable(paragraph: SerializedNode): Place[] {
  return (paragraph.children ?? []).flatMap((child, index) => (child.type === 'text' && typeof child.text === 'string' && child.text.trim() !== '' ? [{ paragraph, index }] : []));
}

/** The paragraphs of a table's cells, row by row. */
function cellParagraphs(node: SerializedNode): SerializedNode[] {
  return node.type === 'paragraph' ? [node] : node.type === 'table' || node.type === 'tablerow' || node.type === 'tablecell' ? (node.children ?? []).flatMap(cellParagraphs) : [];
}

/**
 * The runs of the body's own paragraphs, in document order. The long note has 400 of them; a
 * heavier review than that also takes the runs in its tables' cells, where they stand.
 */
function places(children: readonly SerializedNode[], wanted: number): Place[] {
  const outside = children.filter((node) => node.type === 'paragraph').flatMap(wrappable);
  if (outside.length >= wanted) return outside;
  return children.filter((node) => node.type === 'paragraph' || node.type === 'table').flatMap((node) => cellParagraphs(node).flatMap(wrappable));
}

/**
 * The body with `comments` of its text runs under a comment mark and `suggestions` of them in
 * a suggestion (insertions and deletions in turn), alternating and spread evenly over the
 * note, and the threads the marks name. The body is not changed; the result is a new one.
 */
export function withReview(body: SerializedEditorState, comments = REVIEW_COMMENTS, suggestions = REVIEW_SUGGESTIONS): { body: SerializedEditorState; comments: CommentThread[] } {
  const children = structuredClone(body.root.children) as SerializedNode[];
  const wanted = comments + suggestions;
  const runs = places(children, wanted);
  if (runs.length < wanted) throw new Error(`withReview: the body has ${runs.length} text runs to wrap, not ${wanted}`);
  const threads: CommentThread[] = [];
  let marks = 0;
  let suggested = 0;
  for (let i = 0; i < wanted; i++) {
    const { paragraph, index } = runs[Math.floor((i * runs.length) / wanted)]!;
    const run = paragraph.children![index]!;
    const author = REVIEWERS[i % REVIEWERS.length]!;
    // Comments and suggestions take turns while both have some left.
    const asComment = suggested >= suggestions || (marks < comments && i % 2 === 0);
    if (asComment) {
      const id = `bench-thread-${marks++}`;
      paragraph.children![index] = mark(id, run);
      threads.push({ id, author, createdAt: CREATED_AT, text: `Is this wording cleared? (${marks})`, resolved: false, replies: [] });
    } else {
      const kind: SuggestionKind = suggested % 2 === 0 ? 'insert' : 'delete';
      paragraph.children![index] = suggestion(`bench-suggestion-${suggested++}`, kind, author, run);
    }
  }
  return { body: { ...body, root: { ...body.root, children } }, comments: threads };
}
