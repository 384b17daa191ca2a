// The reviewed long note of issue 22: the long note of issue 4 (longNote.ts) with 200
// comment threads and 200 suggested changes spread over it, as reviewers would leave them.
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

/** Where a run can be wrapped: a text node with words in it, straight under a paragraph (not in a snippet or a table). */
function wrappable(paragraph: SerializedNode): number[] {
  return (paragraph.children ?? []).flatMap((child, index) => (child.type === 'text' && typeof child.text === 'string' && child.text.trim() !== '' ? [index] : []));
}

/**
 * The body with `comments` of its text runs under a comment mark and `suggestions` of them in
 * a suggestion (insertions and deletions in turn), alternating and spread evenly over the
 * note, and the threads the marks name. The body is not changed; the result is a new one.
 */
export function withReview(body: SerializedEditorState, comments = REVIEW_COMMENTS, suggestions = REVIEW_SUGGESTIONS): { body: SerializedEditorState; comments: CommentThread[] } {
  const children = structuredClone(body.root.children) as SerializedNode[];
  const places = children.flatMap((node, at) => (node.type === 'paragraph' ? wrappable(node).map((index) => ({ at, index })) : []));
  const wanted = comments + suggestions;
  if (places.length < wanted) throw new Error(`withReview: the body has ${places.length} text runs to wrap, not ${wanted}`);
  const threads: CommentThread[] = [];
  let marks = 0;
  let suggested = 0;
  for (let i = 0; i < wanted; i++) {
    const { at, index } = places[Math.floor((i * places.length) / wanted)]!;
    const paragraph = children[at]!;
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
