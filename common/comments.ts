import { z } from 'zod';
import type { SerializedNode } from './editorState';

/**
 * Comments on the note's text. The body holds Lexical mark nodes ("mark", with `ids`) around
 * the commented text; the note file holds the threads those ids name (format 4, see
 * withFormatVersion in common/note.ts). A thread whose marks are gone (its text was deleted)
 * is kept: it is listed as on deleted text.
 */
export const MARK_NODE_TYPE = 'mark';
export const MAX_THREADS = 2000;
export const MAX_REPLIES = 200;
export const MAX_COMMENT_LENGTH = 5000;

export const commentIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not a comment id');

export const commentAuthorSchema = z.object({
  name: z.string().max(200),
  initials: z.string().max(10),
  office: z.string().max(200),
});
export type CommentAuthor = z.infer<typeof commentAuthorSchema>;

export const commentReplySchema = z.object({
  id: commentIdSchema,
  author: commentAuthorSchema,
  createdAt: z.iso.datetime(),
  text: z.string().min(1).max(MAX_COMMENT_LENGTH),
});
export type CommentReply = z.infer<typeof commentReplySchema>;

export const commentThreadSchema = z.object({
  id: commentIdSchema,
  author: commentAuthorSchema,
  createdAt: z.iso.datetime(),
  text: z.string().min(1).max(MAX_COMMENT_LENGTH),
  resolved: z.boolean(),
  replies: z.array(commentReplySchema).max(MAX_REPLIES),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const commentThreadsSchema = z
  .array(commentThreadSchema)
  .max(MAX_THREADS, `a note holds at most ${MAX_THREADS} comment threads`)
  .refine((threads) => new Set(threads.map((thread) => thread.id)).size === threads.length, 'two comment threads share an id');

export function commentsOf(note: { comments?: readonly CommentThread[] }): readonly CommentThread[] {
  return note.comments ?? [];
}

/** `id`, `author` and `createdAt` are made by the caller, so the edit itself stays a pure function. */
export type CommentEdit =
  | { type: 'add'; id: string; author: CommentAuthor; createdAt: string; text: string }
  | { type: 'reply'; threadId: string; id: string; author: CommentAuthor; createdAt: string; text: string }
  | { type: 'resolve'; threadId: string }
  | { type: 'reopen'; threadId: string }
  | { type: 'delete'; threadId: string };

function updateThread(threads: CommentThread[], id: string, change: (thread: CommentThread) => CommentThread): CommentThread[] {
  const index = threads.findIndex((thread) => thread.id === id);
  if (index < 0) return threads;
  const current = threads[index]!;
  const next = change(current);
  if (next === current) return threads;
  const copy = [...threads];
  copy[index] = next;
  return copy;
}

/**
 * One edit applied to the threads. An edit that changes nothing (an unknown thread, empty
 * text, a list at its limit) gives back the same array, so the caller can tell there is
 * nothing to save.
 */
export function applyCommentEdit(threads: CommentThread[], edit: CommentEdit): CommentThread[] {
  switch (edit.type) {
    case 'add': {
      const text = edit.text.trim();
      if (!text || threads.length >= MAX_THREADS || threads.some((thread) => thread.id === edit.id)) return threads;
      return [...threads, { id: edit.id, author: edit.author, createdAt: edit.createdAt, text: text.slice(0, MAX_COMMENT_LENGTH), resolved: false, replies: [] }];
    }
    case 'reply': {
      const text = edit.text.trim();
      if (!text) return threads;
      return updateThread(threads, edit.threadId, (thread) =>
        thread.replies.length >= MAX_REPLIES
          ? thread
          : { ...thread, replies: [...thread.replies, { id: edit.id, author: edit.author, createdAt: edit.createdAt, text: text.slice(0, MAX_COMMENT_LENGTH) }] },
      );
    }
    case 'resolve':
      return updateThread(threads, edit.threadId, (thread) => (thread.resolved ? thread : { ...thread, resolved: true }));
    case 'reopen':
      return updateThread(threads, edit.threadId, (thread) => (thread.resolved ? { ...thread, resolved: false } : thread));
    case 'delete': {
      const next = threads.filter((thread) => thread.id !== edit.threadId);
      return next.length === threads.length ? threads : next;
    }
  }
}

/** The thread ids the body's marks carry, in document order, each once. */
export function markIdsInBody(root: SerializedNode): string[] {
  const seen = new Set<string>();
  const visit = (node: SerializedNode) => {
    if (node.type === MARK_NODE_TYPE && Array.isArray(node.ids)) {
      for (const id of node.ids) if (typeof id === 'string') seen.add(id);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return [...seen];
}

export interface ListedThread {
  thread: CommentThread;
  /** Its marks are gone from the body: the text it was on was deleted. */
  onDeletedText: boolean;
}

/**
 * The threads as the Review panel lists them: in the order of their text in the document
 * (`idsInOrder`, the marks' ids as they come), then those on deleted text, oldest first.
 */
export function threadsInDocumentOrder(threads: readonly CommentThread[], idsInOrder: readonly string[]): ListedThread[] {
  const position = new Map<string, number>();
  idsInOrder.forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });
  const anchored = threads.filter((thread) => position.has(thread.id)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const orphaned = threads.filter((thread) => !position.has(thread.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return [...anchored.map((thread) => ({ thread, onDeletedText: false })), ...orphaned.map((thread) => ({ thread, onDeletedText: true }))];
}

/** Threads still open: export warns of them. */
export function unresolvedCount(threads: readonly CommentThread[]): number {
  return threads.filter((thread) => !thread.resolved).length;
}

/** Initials from a name ("Ana María Ruiz" → "AMR"), for an identity whose initials were left empty. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .slice(0, 10);
}
