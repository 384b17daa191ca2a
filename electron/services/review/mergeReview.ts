import { commentsOf, initialsOf, MAX_COMMENT_LENGTH, MAX_REPLIES, MAX_THREADS, type CommentAuthor, type CommentThread } from '../../../common/comments';
import type { SerializedEditorState, SerializedNode } from '../../../common/editorState';
import type { Note } from '../../../common/note';
import { importError } from '../import/importError';
import { noteParagraphs, type NoteParagraph } from './noteParagraphs';
import type { DocxChange, DocxComment, DocxPosition, ReviewDocx } from './readReviewDocx';
import { alignLoosely, toNotePosition, untrackedChanges } from './untrackedEdits';
import { insertSuggestion, knownSuggestions, pointAt, suggestionKey, wrapInDeletion } from './placeSuggestions';
import { wrapInMark, type TextSlice } from './wrapInMark';

export interface MergedReview {
  body: SerializedEditorState;
  comments: CommentThread[];
  added: number;
  replies: number;
  /** Tracked changes added as suggestions. */
  suggested: number;
  /** What happened, for the user: what was added, what was already there, what was left out and why. */
  message: string;
}

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat === '' ? 'an empty paragraph' : `“${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}”`;
};

/**
 * Where the note's body starts among the document's paragraphs: the body's paragraphs must
 * all be there, one after the other, as the export wrote them (the details table before them
 * and the Sources after them are not compared). Otherwise, the first of the note's
 * paragraphs that differs, after the longest run that matched.
 */
function alignBody(note: readonly NoteParagraph[], document: readonly string[]): number | { at: number; theirs: string | undefined } {
  if (note.length === 0) return 0;
  let best: { at: number; theirs: string | undefined } = { at: 0, theirs: undefined };
  for (let start = 0; start < document.length; start++) {
    if (document[start] !== note[0]!.text) continue;
    let matched = 1;
    while (matched < note.length && document[start + matched] === note[matched]!.text) matched++;
    if (matched === note.length) return start;
    if (matched > best.at) best = { at: matched, theirs: document[start + matched] };
  }
  return best;
}

function divergence(fileName: string, note: readonly NoteParagraph[], at: number, theirs: string | undefined): Error {
  // An empty paragraph (a page break, the line after a table) is named by the text before it.
  const before = note.slice(0, at).findLast((paragraph) => paragraph.text.trim() !== '');
  const where = note[at]!.text.trim() !== '' || !before ? `the paragraph ${excerpt(note[at]!.text)}` : `the empty paragraph after ${excerpt(before.text)}`;
  const found = at === 0 ? 'the document does not have it' : theirs === undefined ? 'the document ends before it' : `the document has ${excerpt(theirs)} there`;
  return importError(
    fileName,
    `its text no longer matches this note from ${where}: ${found}. Only a document exported from this version of the note can be imported; nothing was changed.`,
  );
}

/** The text slices a comment's range covers, or none when it is not on the body's text. */
function slicesOf(note: readonly NoteParagraph[], bodyStart: number, start: DocxPosition, end: DocxPosition): TextSlice[] {
  const first = start.paragraph - bodyStart;
  const last = end.paragraph - bodyStart;
  if (first < 0 || last >= note.length || last < first) return [];
  const slices: TextSlice[] = [];
  for (let index = first; index <= last; index++) {
    const paragraph = note[index]!;
    const from = index === first ? start.offset : 0;
    const to = index === last ? Math.min(end.offset, paragraph.text.length) : paragraph.text.length;
    for (const piece of paragraph.pieces) {
      const sliceFrom = Math.max(from, piece.start);
      const sliceTo = Math.min(to, piece.end);
      if (sliceTo > sliceFrom) slices.push({ path: piece.path, from: sliceFrom - piece.start, to: sliceTo - piece.start });
    }
  }
  return slices;
}

function authorOf(comment: Pick<DocxComment, 'author' | 'initials'>): CommentAuthor {
  const name = comment.author.trim().slice(0, 200) || 'Reviewer';
  return { name, initials: (comment.initials.trim() || initialsOf(name)).slice(0, 10), office: '' };
}

function dateOf(comment: Pick<DocxComment, 'date'>, now: Date): string {
  const date = comment.date ? new Date(comment.date) : now;
  return (Number.isNaN(date.getTime()) ? now : date).toISOString();
}

/** A comment the note already has (one Brieflink exported): same author and text, written within the same minute. */
function sameComment(existing: { author: CommentAuthor; text: string; createdAt: string }, comment: DocxComment, now: Date): boolean {
  return (
    existing.author.name.trim() === comment.author.trim() &&
    existing.text.trim() === comment.text.trim() &&
    (comment.date === undefined || Math.abs(Date.parse(existing.createdAt) - Date.parse(dateOf(comment, now))) < 60_000)
  );
}

/** Who edits made in Word without Track Changes are shown as suggested by. */
const UNTRACKED_AUTHOR = 'Edited in Word, untracked';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * A reviewer's Word comments merged into the note: each new comment becomes a thread on the
 * same text (marks added to the body, as the editor adds them), each reply a reply to its
 * thread; the comments the note already has (those it was exported with) are recognised and
 * not added twice. Refused, changing nothing, when the document's text is not the note's.
 */
export function mergeReview(note: Note, review: ReviewDocx, fileName: string, now: Date, newId: () => string): MergedReview {
  let paragraphs = noteParagraphs(note.body.root.children, note.template);
  const exact = alignBody(paragraphs, review.paragraphs);
  // Paragraphs edited without Track Changes: the body is still found when most of it is unchanged.
  const loose = typeof exact === 'number' ? null : alignLoosely(paragraphs, review.paragraphs);
  if (typeof exact !== 'number' && !loose) throw divergence(fileName, paragraphs, exact.at, exact.theirs);
  const bodyStart = typeof exact === 'number' ? exact : loose!.start;
  /** A place in the document's text as the place in the note's text (they differ in edited paragraphs). */
  const inNote = (position: DocxPosition) => (loose ? toNotePosition(loose, position) : position);

  const root = structuredClone(note.body.root.children) as SerializedNode[];
  const threads = [...commentsOf(note)].map((thread) => ({ ...thread, replies: [...thread.replies] }));
  /** Each comment of the document that is or became a thread here, by its Word id. */
  const threadOf = new Map<string, CommentThread>();
  let added = 0;
  let replies = 0;
  let known = 0;
  let unplaced = 0;
  let overLimit = 0;

  const topLevel = review.comments.filter((comment) => comment.parentId === undefined && comment.text !== '');
  for (const comment of topLevel) {
    const existing = threads.find((thread) => sameComment(thread, comment, now)) ?? threads.find((thread) => thread.replies.some((reply) => sameComment(reply, comment, now)));
    if (existing) {
      threadOf.set(comment.id, existing);
      known++;
      continue;
    }
    const slices = comment.start && comment.end ? slicesOf(paragraphs, bodyStart, inNote(comment.start), inNote(comment.end)) : [];
    if (slices.length === 0) {
      unplaced++;
      continue;
    }
    if (threads.length >= MAX_THREADS) {
      overLimit++;
      continue;
    }
    const id = newId();
    wrapInMark(root, slices, id);
    // Marking split text nodes, so the places of the next comment's words are read again (the text itself is the same).
    paragraphs = noteParagraphs(root, note.template);
    const thread: CommentThread = { id, author: authorOf(comment), createdAt: dateOf(comment, now), text: comment.text.slice(0, MAX_COMMENT_LENGTH), resolved: comment.done, replies: [] };
    threads.push(thread);
    threadOf.set(comment.id, thread);
    added++;
  }

  for (const comment of review.comments) {
    if (comment.parentId === undefined || comment.text === '') continue;
    const thread = threadOf.get(comment.parentId);
    if (!thread) {
      unplaced++;
      continue;
    }
    if (thread.replies.some((reply) => sameComment(reply, comment, now)) || sameComment(thread, comment, now)) {
      known++;
      continue;
    }
    if (thread.replies.length >= MAX_REPLIES) {
      overLimit++;
      continue;
    }
    thread.replies.push({ id: newId(), author: authorOf(comment), createdAt: dateOf(comment, now), text: comment.text.slice(0, MAX_COMMENT_LENGTH) });
    replies++;
  }

  const trackedChanges = review.changes.map((change) => ({ ...change, start: inNote(change.start), end: inNote(change.end) }));
  const tracked = placeChanges(root, trackedChanges, paragraphs, bodyStart, note, now, newId);
  const untracked = loose ? placeChanges(root, untrackedChanges(loose, UNTRACKED_AUTHOR), noteParagraphs(root, note.template), bodyStart, note, now, newId) : null;

  const parts = [
    added + replies === 0
      ? `No new comments in “${fileName}”.`
      : `Imported ${plural(added, 'comment', 'comments')}${replies > 0 ? ` and ${plural(replies, 'reply', 'replies')}` : ''} from “${fileName}”.`,
    known > 0 ? `${plural(known, 'comment was', 'comments were')} already in the note.` : '',
    unplaced > 0 ? `${plural(unplaced, 'comment is', 'comments are')} not on the note's text (on its details, its sources or no text) and ${unplaced === 1 ? 'was' : 'were'} left out.` : '',
    overLimit > 0 ? `${plural(overLimit, 'comment', 'comments')} did not fit: the note holds at most ${MAX_THREADS} threads of ${MAX_REPLIES} replies.` : '',
    tracked.added > 0 ? `${plural(tracked.added, 'tracked change was', 'tracked changes were')} added as suggestions under their authors' names, to accept or reject in the Review panel.` : '',
    tracked.known > 0 ? `${plural(tracked.known, 'tracked change was', 'tracked changes were')} already in the note.` : '',
    tracked.unplaced > 0 ? `${plural(tracked.unplaced, 'tracked change is', 'tracked changes are')} not on the note's text (on its details, its sources or an empty paragraph) and ${tracked.unplaced === 1 ? 'was' : 'were'} left out.` : '',
    untracked && untracked.added > 0
      ? `${plural(untracked.added, 'edit', 'edits')} made without Track Changes ${untracked.added === 1 ? 'was' : 'were'} added as suggestions by “${UNTRACKED_AUTHOR}”, to accept or reject in the Review panel.`
      : '',
    review.trackedChanges > review.changes.length
      ? 'Tracked changes of formatting, paragraph breaks or tables are not imported: the text was read as it was before them.'
      : '',
  ];
  return {
    body: { ...note.body, root: { ...note.body.root, children: root } },
    comments: threads,
    added,
    replies,
    suggested: tracked.added + (untracked?.added ?? 0),
    message: parts.filter(Boolean).join(' '),
  };
}

/**
 * The document's tracked insertions and deletions of text made suggestions in `root` (changed
 * in place), each under its author and time, on the same text; those the note already has
 * (exported with it) are not added again.
 */
function placeChanges(root: SerializedNode[], changes: readonly DocxChange[], paragraphs: NoteParagraph[], bodyStart: number, note: Note, now: Date, newId: () => string) {
  const known = knownSuggestions(root);
  let current = paragraphs;
  const counts = { added: 0, known: 0, unplaced: 0 };
  for (const change of changes) {
    const author = authorOf({ author: change.author, initials: '' });
    const key = suggestionKey(change.kind, author.name, change.text);
    const left = known.get(key) ?? 0;
    if (left > 0) {
      known.set(key, left - 1);
      counts.known++;
      continue;
    }
    const data = { suggestionId: newId(), kind: change.kind, author, createdAt: dateOf(change, now) };
    if (!placeChange(root, change, current, bodyStart, data)) {
      counts.unplaced++;
      continue;
    }
    counts.added++;
    // Splitting text nodes moved their paths; the text the positions count in is the same.
    current = noteParagraphs(root, note.template);
  }
  return counts;
}

function placeChange(root: SerializedNode[], change: DocxChange, paragraphs: NoteParagraph[], bodyStart: number, data: Parameters<typeof wrapInDeletion>[2]): boolean {
  if (change.kind === 'delete') {
    const slices = slicesOf(paragraphs, bodyStart, change.start, change.end);
    if (slices.length === 0) return false;
    wrapInDeletion(root, slices, data);
    return true;
  }
  const point = pointAt(paragraphs, bodyStart, change.start);
  // A suggestion stays within its paragraph: paragraph breaks typed in Word come in as spaces.
  return point !== null && insertSuggestion(root, point, data, change.text.replace(/\n+/g, ' '));
}
