import { commentsOf, initialsOf, markIdsInBody, MAX_COMMENT_LENGTH, MAX_REPLIES, MAX_THREADS, type CommentAuthor, type CommentThread } from '../../../common/comments';
import type { SerializedEditorState, SerializedNode } from '../../../common/editorState';
import type { Note } from '../../../common/note';
import { blockSuggestionsIn, moveSuggestionOf, suggestionsIn, type SuggestionData } from '../../../common/suggestions';
import { importError } from '../import/importError';
import { nodeAtPath, noteParagraphs, type NoteParagraph } from './noteParagraphs';
import type { DocxBreak, DocxChange, DocxComment, DocxMove, DocxPosition, ReviewDocx } from './readReviewDocx';
import { alignLoosely, toNotePosition, untrackedChanges } from './untrackedEdits';
import { insertSuggestion, knownSuggestions, pointAt, suggestionKey, wrapInSuggestion } from './placeSuggestions';
import { blockPathOf, placeBreak } from './placeBreaks';
import { xmlSafe } from '../export/docx/xmlSafe';
import { canMakeMove, placeMoves, toTheSecond } from './placeMoves';
import { placeTypeChange } from './placeTypeChanges';
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
  /** Only what was left out and why ('' when nothing was). */
  leftOut: string;
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

function divergence(fileName: string, note: readonly NoteParagraph[], at: number, theirs: string | undefined, from: ReviewSource): Error {
  // An empty paragraph (a page break, the line after a table) is named by the text before it.
  const before = note.slice(0, at).findLast((paragraph) => paragraph.text.trim() !== '');
  const where = note[at]!.text.trim() !== '' || !before ? `the paragraph ${excerpt(note[at]!.text)}` : `the empty paragraph after ${excerpt(before.text)}`;
  const copy = from === 'docx' ? 'the document' : 'their copy';
  const found = at === 0 ? `${copy} does not have it` : theirs === undefined ? `${copy} ends before it` : `${copy} has ${excerpt(theirs)} there`;
  const only =
    from === 'docx'
      ? 'Only a document exported from this version of the note can be imported; nothing was changed.'
      : 'Only a copy whose text was changed by suggestions alone can be merged.';
  return importError(fileName, `its text no longer matches this note from ${where}: ${found}. ${only}`);
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

/**
 * Where a review comes from: a Word document (comments and tracked changes, recognised by their
 * content, text edited without tracking taken as suggestions), or a colleague's copy of the note
 * (comments and suggestions recognised by id; its text must be the note's, apart from them).
 */
export type ReviewSource = 'docx' | 'note';

/** The most tracked paragraph breaks one review brings in; the rest are counted as not placed. */
const MAX_TRACKED_BREAKS = 2000;

/** Who edits made in Word without Track Changes are shown as suggested by. */
const UNTRACKED_AUTHOR = 'Edited in Word, untracked';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The review's moves to make: all of a colleague's, and those of Word's that can be made beside
 * the breaks that will be made (the review's own, and those of Word's moves that cannot be made,
 * which come in as their changes), checked again until none more falls out.
 */
function movesToMake(review: ReviewDocx, canMake: (move: DocxMove, breaks: readonly DocxBreak[]) => boolean): DocxMove[] {
  let moves = review.moves ?? [];
  for (;;) {
    const replaced = new Set(moves.flatMap((move) => move.replaces?.breaks ?? []));
    const breaks = (review.breaks ?? []).filter((change) => !replaced.has(change));
    const kept = moves.filter((move) => !move.replaces || canMake(move, breaks));
    if (kept.length === moves.length) return moves;
    moves = kept;
  }
}

/**
 * A reviewer's Word comments merged into the note: each new comment becomes a thread on the
 * same text (marks added to the body, as the editor adds them), each reply a reply to its
 * thread; the comments the note already has (those it was exported with) are recognised and
 * not added twice. Refused, changing nothing, when the document's text is not the note's.
 */
export function mergeReview(note: Note, review: ReviewDocx, fileName: string, now: Date, newId: () => string, from: ReviewSource = 'docx'): MergedReview {
  // A colleague's copy is read with its moves unmade (reviewOfNote.ts): so is the note. A Word file
  // is read against the note with its moves made (its own DOCX writes them so), unless it only
  // matches with them unmade: a file exported before moves that were merged from it since.
  let movesUnmade = from === 'note';
  const paragraphsOf = (nodes: readonly SerializedNode[]) => noteParagraphs(nodes, note.template, { movesUnmade });
  let paragraphs = paragraphsOf(note.body.root.children as SerializedNode[]);
  let exact = alignBody(paragraphs, review.paragraphs);
  if (typeof exact !== 'number' && !movesUnmade) {
    const unmade = noteParagraphs(note.body.root.children as SerializedNode[], note.template, { movesUnmade: true });
    const again = alignBody(unmade, review.paragraphs);
    if (typeof again === 'number') [movesUnmade, paragraphs, exact] = [true, unmade, again];
  }
  // Paragraphs edited in Word without Track Changes: the body is still found when most of it is
  // unchanged. A copy of the note is not read so: there, a difference may as well be the
  // author's later edit, which would come back as a suggestion to undo it.
  const loose = typeof exact === 'number' || from === 'note' ? null : alignLoosely(paragraphs, review.paragraphs);
  if (typeof exact !== 'number' && !loose) throw divergence(fileName, paragraphs, exact.at, exact.theirs, from);
  const bodyStart = typeof exact === 'number' ? exact : loose!.start;
  /** A place in the document's text as the place in the note's text (they differ in edited paragraphs). */
  const inNote = (position: DocxPosition) => (loose ? toNotePosition(loose, position) : position);

  const root = structuredClone(note.body.root.children) as SerializedNode[];
  const threads = [...commentsOf(note)].map((thread) => ({ ...thread, replies: [...thread.replies] }));
  /** Each comment of the document that is or became a thread here, by its Word id. */
  const threadOf = new Map<string, CommentThread>();
  const usedIds = new Set([...threads.flatMap((thread) => [thread.id, ...thread.replies.map((reply) => reply.id)]), ...markIdsInBody(note.body.root)]);
  /** A colleague's id for a comment or suggestion where it is free here (merging their copy again then finds it), a new one otherwise. */
  const idFor = (own: { id: string } | undefined) => {
    const id = own && !usedIds.has(own.id) ? own.id : newId();
    usedIds.add(id);
    return id;
  };
  /** The thread or reply that is this comment: by id for a colleague's copy, by author, text and time for Word's. */
  const isComment = (existing: { id: string; author: CommentAuthor; text: string; createdAt: string }, comment: DocxComment) =>
    comment.own ? existing.id === comment.own.id : sameComment(existing, comment, now);
  let added = 0;
  let replies = 0;
  let known = 0;
  let unplaced = 0;
  let overLimit = 0;

  // Word's moves of whole paragraphs that can be made replace the deletion and insertion they were
  // read from; one that cannot (into a list or a table) comes in as those changes instead.
  const moves = movesToMake(review, (move, breaks) => canMakeMove(root, move, paragraphs, bodyStart, breaks));
  const replaced = new Set<object>(moves.flatMap((move) => [...(move.replaces?.changes ?? []), ...(move.replaces?.breaks ?? [])]));
  const reviewChanges = review.changes.filter((change) => !replaced.has(change));
  const reviewBreaks = (review.breaks ?? []).filter((change) => !replaced.has(change));

  // Suggestions go in first: an insertion next to a comment's words then stays outside its mark, as the reviewer left it.
  const trackedChanges = reviewChanges.map((change) => ({ ...change, start: inNote(change.start), end: inNote(change.end) }));
  const tracked = placeChanges(root, trackedChanges, paragraphs, bodyStart, paragraphsOf, now, newId);
  const untracked = loose ? placeChanges(root, untrackedChanges(loose, UNTRACKED_AUTHOR), paragraphsOf(root), bodyStart, paragraphsOf, now, newId) : null;
  // Placing them split text nodes; the text the comments' places count in is the same.
  paragraphs = paragraphsOf(root);

  const topLevel = review.comments.filter((comment) => comment.parentId === undefined && comment.text !== '');
  for (const comment of topLevel) {
    const existing = threads.find((thread) => isComment(thread, comment)) ?? threads.find((thread) => thread.replies.some((reply) => isComment(reply, comment)));
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
    const id = idFor(comment.own);
    wrapInMark(root, slices, id);
    // Marking split text nodes, so the places of the next comment's words are read again (the text itself is the same).
    paragraphs = paragraphsOf(root);
    const thread: CommentThread = { id, author: comment.own?.author ?? authorOf(comment), createdAt: dateOf(comment, now), text: comment.text.slice(0, MAX_COMMENT_LENGTH), resolved: comment.done, replies: [] };
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
    if (thread.replies.some((reply) => isComment(reply, comment)) || isComment(thread, comment)) {
      known++;
      continue;
    }
    if (thread.replies.length >= MAX_REPLIES) {
      overLimit++;
      continue;
    }
    thread.replies.push({ id: idFor(comment.own), author: comment.own?.author ?? authorOf(comment), createdAt: dateOf(comment, now), text: comment.text.slice(0, MAX_COMMENT_LENGTH) });
    replies++;
  }

  // Type changes before the breaks, which split blocks: both are placed by paragraph of the text before the suggestions.
  const breaks = { added: 0, known: 0, unplaced: 0 };
  const breakIds = new Set(blockSuggestionsIn(root).map((item) => item.suggestionId));
  for (const id of [...breakIds, ...suggestionsIn(root).map((item) => item.suggestionId)]) usedIds.add(id);
  // The note's own type changes come back as Word's style changes by the same author at the same time.
  // As the export writes them (bodyDocx.ts): the author's name made safe for XML, and the time to the second, as Word and LibreOffice write it back.
  const styleKey = (author: string, date: string) => `${author}\n${toTheSecond(date)}`;
  const ownTypeChanges = new Set(blockSuggestionsIn(root).flatMap((item) => (item.blockType ? [styleKey(xmlSafe(item.author.name || 'Reviewer'), item.createdAt)] : [])));
  const styleChanges = review.styleChanges ?? [];
  const knownStyles = styleChanges.filter((change) => change.date !== undefined && ownTypeChanges.has(styleKey(change.author, change.date)));
  // A reviewer's change between the styles the note writes (paragraph, heading, subheading, quote) is their suggested type change.
  const wordTypeChanges = styleChanges.flatMap((change) => (change.typeChange && !knownStyles.includes(change) ? [change.typeChange] : []));
  const types = { added: 0, known: 0, unplaced: 0 };
  // Read once: a type change replaces a block in its place, so no text moves.
  const typedParagraphs = paragraphsOf(root);
  for (const change of [...(review.typeChanges ?? []), ...wordTypeChanges]) {
    // One the note has is found by the colleague's id on the block.
    const author = change.own?.author ?? authorOf({ author: change.author, initials: '' });
    const suggested = { suggestionId: idFor(change.own), from: change.from, author, createdAt: dateOf(change, now) };
    types[placeTypeChange(root, change, typedParagraphs, bodyStart, suggested)]++;
  }
  tracked.added += types.added;
  tracked.known += types.known;

  // Paragraph breaks last, from the end back: splitting a block moves the paths (and the places) of what follows it.
  // Each break re-reads the note's paragraphs: a document with more than a note could hold is not read past the limit.
  const readBreaks = reviewBreaks.slice(0, MAX_TRACKED_BREAKS);
  breaks.unplaced += reviewBreaks.length - readBreaks.length;
  for (const change of [...readBreaks].reverse()) {
    // A colleague's break is the note's when the note has its id.
    if (change.own && breakIds.has(change.own.id)) {
      breaks.known++;
      continue;
    }
    const suggested = { suggestionId: idFor(change.own), kind: change.kind, author: change.own?.author ?? authorOf({ author: change.author, initials: '' }), createdAt: dateOf(change, now) };
    breaks[placeBreak(root, change.kind, inNote(change.at), paragraphsOf(root), bodyStart, suggested)]++;
  }
  for (const count of ['added', 'known', 'unplaced'] as const) tracked[count] += breaks[count];

  // Moves last: they are placed by paragraph of the text as it is before them.
  const moved = placeMoves(root, moves, paragraphsOf(root), bodyStart, (move) => ({
    suggestionId: idFor(move.own),
    author: move.own?.author ?? authorOf({ author: move.author, initials: '' }),
    createdAt: dateOf(move, now),
  }));
  tracked.added += moved.added;
  tracked.known += moved.known;

  // The note's own block suggestions come back unread: its type changes as style changes (known above), a copy's by their ids.
  const knownBlocks = (review.unreadBlockIds ?? []).filter((id) => breakIds.has(id)).length;
  tracked.known += knownStyles.length + knownBlocks;
  const unread = review.unreadChanges + styleChanges.length - knownStyles.length - wordTypeChanges.length + (review.unreadBlockIds?.length ?? 0) - knownBlocks;

  // What the file's changes are called in the message: Word's are tracked changes, a copy's are suggestions already.
  const [one, many, addedAs] = from === 'docx' ? ['tracked change', 'tracked changes', 'added as suggestions'] : ['suggestion', 'suggestions', 'added'];

  const leftOut = [
    unplaced > 0 ? `${plural(unplaced, 'comment is', 'comments are')} not on the note's text (on its details, its sources or no text) and ${unplaced === 1 ? 'was' : 'were'} left out.` : '',
    overLimit > 0 ? `${plural(overLimit, 'comment', 'comments')} did not fit: the note holds at most ${MAX_THREADS} threads of ${MAX_REPLIES} replies.` : '',
    tracked.unplaced > 0 ? `${plural(tracked.unplaced, `${one} is`, `${many} are`)} not on the note's text (on its details, its sources or an empty paragraph) and ${tracked.unplaced === 1 ? 'was' : 'were'} left out.` : '',
    types.unplaced > 0 ? `${plural(types.unplaced, 'suggested type change was', 'suggested type changes were')} not merged: the paragraph's type, or a change of it, differs here.` : '',
    moved.unplaced > 0 ? `${plural(moved.unplaced, 'suggested move was', 'suggested moves were')} not merged: the paragraph is moved here already, or is not a paragraph, heading or quote of the note's own.` : '',
    unread > 0
      ? from === 'docx'
        ? 'Tracked changes of tables, of paragraph styles other than body text, heading, subheading and quote, and of formatting other than bold, italic, underline and strike-through, are not imported: the text was read as it was before them.'
        : 'Moves of list items, table cells or empty paragraphs, what they suggested inside a paragraph they moved, and paragraph breaks or type changes on an empty paragraph, are not merged: the text was read as it was before them.'
      : '',
  ].filter(Boolean);
  const parts = [
    added + replies === 0
      ? `No new comments in “${fileName}”.`
      : `Imported ${plural(added, 'comment', 'comments')}${replies > 0 ? ` and ${plural(replies, 'reply', 'replies')}` : ''} from “${fileName}”.`,
    known > 0 ? `${plural(known, 'comment was', 'comments were')} already in the note.` : '',
    tracked.added > 0 ? `${plural(tracked.added, `${one} was`, `${many} were`)} ${addedAs} under their authors' names, to accept or reject in the Review panel.` : '',
    tracked.known > 0 ? `${plural(tracked.known, `${one} was`, `${many} were`)} already in the note.` : '',
    untracked && untracked.added > 0
      ? `${plural(untracked.added, 'edit', 'edits')} made without Track Changes ${untracked.added === 1 ? 'was' : 'were'} added as suggestions by “${UNTRACKED_AUTHOR}”, to accept or reject in the Review panel.`
      : '',
    ...leftOut,
  ];
  return {
    body: { ...note.body, root: { ...note.body.root, children: root } },
    comments: threads,
    added,
    replies,
    suggested: tracked.added + (untracked?.added ?? 0),
    message: parts.filter(Boolean).join(' '),
    leftOut: leftOut.join(' '),
  };
}

/**
 * The document's tracked insertions and deletions of text made suggestions in `root` (changed
 * in place), each under its author and time, on the same text; those the note already has
 * (exported with it) are not added again.
 */
function placeChanges(
  root: SerializedNode[],
  changes: readonly DocxChange[],
  paragraphs: NoteParagraph[],
  bodyStart: number,
  paragraphsOf: (nodes: readonly SerializedNode[]) => NoteParagraph[],
  now: Date,
  newId: () => string,
) {
  const known = knownSuggestions(root);
  const ids = new Set(suggestionsIn(root).map((item) => item.suggestionId));
  const moved = movedParagraphs(root, paragraphs, bodyStart);
  let current = paragraphs;
  const counts = { added: 0, known: 0, unplaced: 0 };
  for (const change of changes) {
    const author = change.own?.author ?? authorOf({ author: change.author, initials: '' });
    // The note's own suggested move, as the export writes it: its stand-in deleted and its text inserted.
    if (!change.own && change.kind !== 'format' && moved.get(change.start.paragraph) === `${change.kind === 'delete' ? 'from' : 'to'}\u0000${author.name}`) {
      counts.known++;
      continue;
    }
    // A colleague's suggestion is the note's when the note has its id; a Word change, when the note has one like it.
    const key = suggestionKey(change.kind, author.name, change.text);
    const left = known.get(key) ?? 0;
    if (change.own ? ids.has(change.own.id) : left > 0) {
      if (!change.own) known.set(key, left - 1);
      counts.known++;
      continue;
    }
    const suggestionId = change.own ?? { id: newId() };
    ids.add(suggestionId.id);
    const data = { suggestionId: suggestionId.id, kind: change.kind, author, createdAt: dateOf(change, now), ...(change.formatChange ? { formatChange: change.formatChange } : {}) };
    if (!placeChange(root, change, current, bodyStart, data)) {
      counts.unplaced++;
      continue;
    }
    counts.added++;
    // Splitting text nodes moved their paths; the text the positions count in is the same.
    current = paragraphsOf(root);
  }
  return counts;
}

/** The document's paragraphs that are the blocks of a suggested move in the note, by index: which side, and whose. */
function movedParagraphs(root: SerializedNode[], paragraphs: readonly NoteParagraph[], bodyStart: number): Map<number, string> {
  const moved = new Map<number, string>();
  paragraphs.forEach((paragraph, index) => {
    const path = paragraph.pieces[0]?.path ?? paragraph.insertions?.[0]?.path;
    const block = path && blockPathOf(root, path);
    const move = block && moveSuggestionOf(nodeAtPath(root, block) as SerializedNode);
    if (move) moved.set(index + bodyStart, `${move.side}\u0000${move.author.name}`);
  });
  return moved;
}

function placeChange(root: SerializedNode[], change: DocxChange, paragraphs: NoteParagraph[], bodyStart: number, data: SuggestionData): boolean {
  if (change.kind !== 'insert') {
    const slices = slicesOf(paragraphs, bodyStart, change.start, change.end);
    if (slices.length === 0) return false;
    wrapInSuggestion(root, slices, data);
    return true;
  }
  const point = pointAt(paragraphs, bodyStart, change.start);
  // A suggestion stays within its paragraph: paragraph breaks typed in Word come in as spaces.
  return point !== null && insertSuggestion(root, point, data, change.text.replace(/\n+/g, ' '));
}
