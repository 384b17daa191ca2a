import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import { initialsOf, MARK_NODE_TYPE, type CommentAuthor, type CommentThread } from '../../../../common/comments';
import type { SerializedNode } from '../../../../common/editorState';
import { xmlSafe } from './xmlSafe';

/**
 * The note's comment threads as Word comments. A thread's text is wrapped by one or more mark
 * nodes (several when it spans paragraphs, or when another comment overlaps it and Lexical
 * split the mark); its Word range starts before the first of them and ends after the last, so
 * overlapping and nested threads give overlapping ranges, as Word's own do.
 *
 * Only open threads are written: Word keeps "resolved" in a separate part (commentsExtended's
 * w15:done) that the docx package writes only for threads with replies, so a resolved thread
 * could not be marked resolved in every file. Replies are Word replies to their thread.
 */
export class CommentRanges {
  private readonly open: Map<string, CommentThread>;
  private readonly seen = new Map<string, number>();
  private totals: ReadonlyMap<string, number> | undefined;
  private readonly wordIds = new Map<string, number[]>();
  private nextId = 0;

  constructor(threads: readonly CommentThread[]) {
    this.open = new Map(threads.filter((thread) => !thread.resolved).map((thread) => [thread.id, thread]));
  }

  get hasComments(): boolean {
    return this.open.size > 0;
  }

  /**
   * After a first pass over the body that only counted each thread's marks, the second pass
   * places the ranges: the start at a thread's first mark, the end at its last. Counting with
   * the same code that writes the body means a mark in a block the export leaves out is left
   * out of both.
   */
  startPlacing(): void {
    this.totals = new Map(this.seen);
    this.seen.clear();
  }

  /** What goes before and after the content of a mark node, in the placing pass. */
  around(node: SerializedNode): { before: ParagraphChild[]; after: ParagraphChild[] } {
    const before: ParagraphChild[] = [];
    const after: ParagraphChild[] = [];
    if (node.type !== MARK_NODE_TYPE || !Array.isArray(node.ids)) return { before, after };
    for (const id of node.ids) {
      if (typeof id !== 'string' || !this.open.has(id)) continue;
      const visit = (this.seen.get(id) ?? 0) + 1;
      this.seen.set(id, visit);
      if (!this.totals) continue;
      const ids = this.idsOf(id);
      if (visit === 1) before.push(...ids.map((wordId) => new CommentRangeStart(wordId)));
      if (visit === this.totals.get(id)) {
        after.push(...ids.map((wordId) => new CommentRangeEnd(wordId)), ...ids.map((wordId) => new TextRun({ children: [new CommentReference(wordId)] })));
      }
    }
    return { before, after };
  }

  /** Word ids for a thread, numbered in the order the threads' text comes: the thread's, then one per reply. */
  private idsOf(threadId: string): number[] {
    let ids = this.wordIds.get(threadId);
    if (!ids) {
      const thread = this.open.get(threadId)!;
      ids = [thread, ...thread.replies].map(() => this.nextId++);
      this.wordIds.set(threadId, ids);
    }
    return ids;
  }

  /** The comments part: every open thread whose text is in the document, with its replies. */
  comments(): ICommentOptions[] {
    return [...this.wordIds].flatMap(([threadId, ids]) => {
      const thread = this.open.get(threadId)!;
      const parentId = ids[0]!;
      return [
        wordComment(parentId, thread.author, thread.createdAt, thread.text),
        ...thread.replies.map((reply, index) => ({ ...wordComment(ids[index + 1]!, reply.author, reply.createdAt, reply.text), parentId })),
      ];
    });
  }
}

function wordComment(id: number, author: CommentAuthor, createdAt: string, text: string): ICommentOptions {
  const name = author.name.trim() || 'Brieflink';
  return {
    id,
    author: xmlSafe(name),
    initials: xmlSafe(author.initials.trim() || initialsOf(name)),
    date: new Date(createdAt),
    children: xmlSafe(text)
      .split(/\r\n|\r|\n/)
      .map((line) => new Paragraph({ children: [new TextRun(line)] })),
  };
}
