import type { CommentAuthor } from '../../../common/comments';
import type { FormatChange, SuggestedBlockType, SuggestedFormat } from '../../../common/suggestions';
import { importError } from '../import/importError';
import { readZipParts } from '../import/zipBounds';
import { childElements, parseXml, XmlRefused, type XmlElement } from './safeXml';

/** A place in the document's text: a paragraph (in document order, table cells included) and a character in it. */
export interface DocxPosition {
  paragraph: number;
  offset: number;
}

/** A Word comment as the reviewer's document holds it. */
export interface DocxComment {
  id: string;
  author: string;
  initials: string;
  date: string | undefined;
  text: string;
  /** Where its range starts and ends in the text, when it has one. */
  start?: DocxPosition;
  end?: DocxPosition;
  /** Word's reply threading (commentsExtended): the comment this one answers, and whether it is marked done. */
  parentId?: string;
  done: boolean;
  /** A comment from a colleague's copy of the note (a shared-note file): its id and author as the note has them. */
  own?: { id: string; author: CommentAuthor };
}

/**
 * A tracked insertion or deletion in the reviewer's document, placed in the text as it was
 * before the changes: a deletion covers `start` to `end` of that text, an insertion adds
 * `text` at `start`. Word's move of text within paragraphs is read as a deletion where it came
 * from and an insertion where it went; a move of whole paragraphs is a DocxMove.
 */
export interface DocxChange {
  /** Word's changes are insertions and deletions; a colleague's copy of the note also has formatting suggestions. */
  kind: 'insert' | 'delete' | 'format';
  formatChange?: FormatChange;
  author: string;
  date: string | undefined;
  start: DocxPosition;
  end: DocxPosition;
  text: string;
  /** A suggestion from a colleague's copy of the note: its id and author as the note has them. */
  own?: { id: string; author: CommentAuthor };
}

/**
 * A paragraph break inserted or deleted with Track Changes (Word keeps it on the mark that ends
 * the paragraph before the break), placed in the text as it was before the changes: an
 * inserted one splits the paragraph at `at`; a deleted one joins the paragraph at `at` (offset
 * 0) to the one before it.
 */
export interface DocxBreak {
  kind: 'insert' | 'delete';
  author: string;
  date: string | undefined;
  at: DocxPosition;
  /** A break suggested in a colleague's copy of the note: its id and author as the note has them. */
  own?: { id: string; author: CommentAuthor };
}

/**
 * A paragraph's properties changed with Track Changes (w:pPrChange): who and when, and the type
 * change it is when it is a change between the styles the note's blocks are written with. The
 * merge knows the note's own suggested type changes among them by author and time.
 */
export interface DocxStyleChange {
  author: string;
  date: string | undefined;
  typeChange?: DocxTypeChange;
}

/**
 * A suggested change of a block's type (from a colleague's copy of the note, or a paragraph's
 * style changed in Word with Track Changes): the block whose text starts paragraph `at` in the
 * text before the changes, made `to` from `from`.
 */
export interface DocxTypeChange {
  at: DocxPosition;
  from: SuggestedBlockType;
  to: SuggestedBlockType;
  author: string;
  date: string | undefined;
  /** A colleague's copy only: the change's id and author as the note has them. */
  own?: { id: string; author: CommentAuthor };
}

/** The Word styles the note's paragraphs, headings and quotes are written with (bodyDocx.ts), and Word's own name for body text. */
const STYLE_TYPES: ReadonlyMap<string, SuggestedBlockType> = new Map([
  ['', 'paragraph'],
  ['Normal', 'paragraph'],
  ['Heading2', 'h2'],
  ['Heading3', 'h3'],
  ['Quote', 'quote'],
]);

/** The block type a paragraph's properties give it, or undefined for a style the note does not write. */
function blockTypeOfProperties(properties: XmlElement | undefined): SuggestedBlockType | undefined {
  const style = properties && childElements(properties, 'w:pStyle')[0];
  return STYLE_TYPES.get(style?.attributes['w:val'] ?? '');
}

/**
 * A suggested move of a top-level block (from a colleague's copy of the note, or whole
 * paragraphs moved in Word with Track Changes): the block starting paragraph `from` of the text
 * before the changes goes before the block starting paragraph `before` (null: to the end), a
 * stand-in holding its text staying where it was.
 */
export interface DocxMove {
  from: DocxPosition;
  before: number | null;
  author: string;
  date: string | undefined;
  /** A colleague's copy only: the move's id and author as the note has them. */
  own?: { id: string; author: CommentAuthor };
  /**
   * Word's only: the tracked deletion, insertion and paragraph breaks the move was read from
   * (among the review's changes and breaks). They are imported instead of the move where it
   * cannot be made (a paragraph moved into a list or a table), so no text change is lost.
   */
  replaces?: { changes: readonly DocxChange[]; breaks: readonly DocxBreak[] };
}

/** What a reviewer sent back, as read from their Word document (or from their copy of the note, reviewOfNote.ts). */
export interface ReviewDocx {
  /** Each paragraph's text as it was before any tracked change: inserted text left out, deleted text kept. */
  paragraphs: string[];
  comments: DocxComment[];
  /** Tracked insertions and deletions of text, in document order. */
  changes: DocxChange[];
  /** Tracked paragraph breaks, in document order. */
  breaks?: DocxBreak[];
  /** Suggested moves of top-level blocks: a colleague's, or whole paragraphs Word tracked as moved. */
  moves?: DocxMove[];
  /** A colleague's copy only: their suggested changes of blocks' types. */
  typeChanges?: DocxTypeChange[];
  /** Tracked changes of paragraphs' styles (Word's documents only). */
  styleChanges?: DocxStyleChange[];
  /** A colleague's copy only: the ids of its block suggestions that are not read (moves, type changes), so the merge can tell the note's own from theirs. */
  unreadBlockIds?: string[];
  /** Tracked changes the document holds that are in none of the above (of paragraphs' other properties, of tables' properties or structure, and formatting other than bold, italic, underline and strike-through). */
  unreadChanges: number;
}

const DOCUMENT = 'word/document.xml';
const COMMENTS = 'word/comments.xml';
const COMMENTS_EXTENDED = 'word/commentsExtended.xml';

/** Parts of a paragraph with no text of the document in them (properties, drawings, field codes). */
const SKIPPED = new Set(['w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:instrText', 'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:footnoteReference', 'w:endnoteReference']);
const TRACKED = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange', 'w:cellIns', 'w:cellDel']);
/** The superscript "[n]" after a linked snippet links to its Sources entry; the note's text does not have it. */
const CITATION_ANCHOR = /^source_\d+$/;

function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : '')).join('');
}

/** Whether a run's properties turn a format on: present, and not set to false, 0, off or (for underline) none. */
function formatOn(properties: XmlElement | undefined, name: string): boolean {
  const element = properties && childElements(properties, name)[0];
  const value = element?.attributes['w:val'];
  return element !== undefined && !['false', '0', 'off', 'none'].includes(value ?? '');
}

const WORD_FORMATS: [SuggestedFormat, string][] = [
  ['bold', 'w:b'],
  ['italic', 'w:i'],
  ['underline', 'w:u'],
  ['strikethrough', 'w:strike'],
];

/** The formats a tracked formatting change turned on or off: its run's properties now against those before. */
function formatChanges(now: XmlElement, before: XmlElement | undefined): FormatChange[] {
  return WORD_FORMATS.flatMap(([format, name]) => {
    const on = formatOn(now, name);
    return on === formatOn(before, name) ? [] : [{ format, on }];
  });
}

function countTracked(element: XmlElement): number {
  let count = TRACKED.has(element.name) ? 1 : 0;
  for (const child of childElements(element)) count += countTracked(child);
  return count;
}

/**
 * The tracked change of a paragraph's own mark (its end), if any: inserted (before the change
 * it ran on into the next paragraph) or deleted (the change joins it to the next one). A mark
 * inserted and then deleted again is neither.
 */
function markChange(paragraph: XmlElement): { kind: 'insert' | 'delete'; change: XmlElement } | null {
  const properties = childElements(paragraph, 'w:pPr')[0];
  const run = properties && childElements(properties, 'w:rPr')[0];
  if (!run) return null;
  const inserted = [...childElements(run, 'w:ins'), ...childElements(run, 'w:moveTo')][0];
  const deleted = [...childElements(run, 'w:del'), ...childElements(run, 'w:moveFrom')][0];
  if (inserted && deleted) return null;
  if (inserted) return { kind: 'insert', change: inserted };
  return deleted ? { kind: 'delete', change: deleted } : null;
}

/** Whether any text of the element is outside the tracked-change elements named `wrapper`. */
function hasTextOutside(element: XmlElement, wrapper: string): boolean {
  return childElements(element).some((child) => {
    if (child.name === wrapper || SKIPPED.has(child.name)) return false;
    if (child.name === 'w:t' || child.name === 'w:delText') return textOf(child) !== '';
    return hasTextOutside(child, wrapper);
  });
}

/**
 * Whether a paragraph was moved whole with Track Changes: its mark and all its text inside
 * Word's move-from (moved away from here) or move-to (moved to here) elements.
 */
function wholeMove(paragraph: XmlElement): 'from' | 'to' | null {
  const mark = markChange(paragraph);
  const kind = mark?.change.name === 'w:moveFrom' ? 'from' : mark?.change.name === 'w:moveTo' ? 'to' : null;
  return kind && !hasTextOutside(paragraph, kind === 'from' ? 'w:moveFrom' : 'w:moveTo') ? kind : null;
}

/** A paragraph moved whole, read as the changes and break it was made of until it is found to pair with the other side of its move. */
interface MovedParagraph {
  side: 'from' | 'to';
  /** Its text (for `to`, the text it brings). */
  text: string;
  /** `from`: its own index; `to`: the index of the paragraph it comes before (the paragraph count: to the end). */
  paragraph: number;
  author: string;
  date: string | undefined;
  /** What reading it added to the reader's changes and breaks, taken out when the move is paired. */
  changes: DocxChange[];
  breaks: DocxBreak[];
}

/**
 * The moves of whole paragraphs: each paragraph moved away paired, in order, with a paragraph
 * moved here with the same text by the same author, each move naming the changes it was read
 * from. A side without its pair (a move of part of a paragraph, or one edited on the way)
 * stays only a deletion or an insertion.
 */
function pairMoves(moved: readonly MovedParagraph[], paragraphCount: number): DocxMove[] {
  const away = moved.filter((item) => item.side === 'from');
  const taken = new Set<MovedParagraph>();
  const moves: DocxMove[] = [];
  for (const here of moved.filter((item) => item.side === 'to')) {
    const from = away.find((item) => !taken.has(item) && item.text === here.text && item.author === here.author && item.text.trim() !== '');
    if (!from) continue;
    taken.add(from).add(here);
    moves.push({
      from: { paragraph: from.paragraph, offset: 0 },
      before: here.paragraph >= paragraphCount ? null : here.paragraph,
      author: here.author,
      date: here.date,
      replaces: { changes: [...from.changes, ...here.changes], breaks: [...from.breaks, ...here.breaks] },
    });
  }
  return moves;
}

/**
 * Reads the paragraphs of a part (the document's body, or one comment) with the comment
 * ranges that start and end in them.
 */
class TextReader {
  readonly paragraphs: string[] = [];
  readonly starts = new Map<string, DocxPosition>();
  readonly ends = new Map<string, DocxPosition>();
  readonly changes: DocxChange[] = [];
  readonly breaks: DocxBreak[] = [];
  readonly styleChanges: DocxStyleChange[] = [];
  readonly moved: MovedParagraph[] = [];
  private current: string | null = null;
  private carried = '';
  /** The text of the tracked insertion being read, or null outside one. */
  private insertedText: string | null = null;
  /** Tracked-change elements read into `changes`. */
  readCount = 0;

  private position(): DocxPosition {
    return { paragraph: this.paragraphs.length, offset: this.current?.length ?? 0 };
  }

  private change(node: XmlElement, kind: DocxChange['kind'], start: DocxPosition, text: string): void {
    this.readCount++;
    if (text === '') return;
    this.changes.push({ kind, author: node.attributes['w:author'] ?? '', date: node.attributes['w:date'], start, end: this.position(), text });
  }

  /** A run whose formatting was changed with tracking: a change per format that differs, joined with the same change of the run before. */
  private formattedRun(run: XmlElement, change: XmlElement, inserted: boolean): void {
    const start = this.position();
    this.read(run, inserted);
    const text = this.current !== null && this.current.length >= start.offset ? this.current.slice(start.offset) : '';
    const changed = formatChanges(childElements(run, 'w:rPr')[0]!, childElements(change, 'w:rPr')[0]);
    if (changed.length === 0 || text === '' || inserted) return;
    this.readCount++;
    const author = change.attributes['w:author'] ?? '';
    const date = change.attributes['w:date'];
    for (const formatChange of changed) {
      const last = this.changes.findLast((candidate) => candidate.kind === 'format' && candidate.formatChange?.format === formatChange.format);
      const joins = last && last.formatChange!.on === formatChange.on && last.author === author && last.date === date && last.end.paragraph === start.paragraph && last.end.offset === start.offset;
      if (joins) {
        last.end = this.position();
        last.text += text;
      } else this.changes.push({ kind: 'format', formatChange, author, date, start, end: this.position(), text });
    }
  }

  read(element: XmlElement, inserted = false): void {
    for (const child of childElements(element)) this.visit(child, inserted);
  }

  private visit(node: XmlElement, inserted: boolean): void {
    const add = (text: string) => {
      if (inserted) {
        if (this.insertedText !== null) this.insertedText += text;
      } else if (this.current !== null) this.current += text;
    };
    switch (node.name) {
      case 'w:p': {
        if (this.current !== null) return this.read(node, inserted); // a paragraph inside a paragraph (a text box): its text runs on
        const startedAlone = this.carried === '';
        // A paragraph moved whole starts a paragraph of its own (nothing carried into it).
        const move = startedAlone && !inserted ? wholeMove(node) : null;
        const changesBefore = this.changes.length;
        const breaksBefore = this.breaks.length;
        this.current = this.carried;
        this.carried = '';
        this.read(node, inserted);
        const properties = childElements(node, 'w:pPr')[0];
        const styleChange = properties && childElements(properties, 'w:pPrChange')[0];
        const mark = markChange(node);
        if (styleChange) {
          this.readCount++;
          const author = styleChange.attributes['w:author'] ?? '';
          const date = styleChange.attributes['w:date'];
          const to = blockTypeOfProperties(properties);
          const from = blockTypeOfProperties(childElements(styleChange, 'w:pPr')[0]);
          // Only on a paragraph of the text before the changes, and of its own: one whose mark is inserted is
          // not in that text (its place would be the next paragraph's), and one an inserted mark ran on into starts mid-way.
          const typeChange = startedAlone && mark?.kind !== 'insert' && to && from && to !== from ? { at: { paragraph: this.paragraphs.length, offset: 0 }, from, to, author, date } : undefined;
          this.styleChanges.push({ author, date, typeChange });
        }
        if (mark) {
          this.readCount++;
          const { change } = mark;
          const by = { author: change.attributes['w:author'] ?? '', date: change.attributes['w:date'] };
          // Inserted: the paragraph runs on into the next, split where this one ended. Deleted: the next one joins this one.
          if (mark.kind === 'insert') this.breaks.push({ kind: 'insert', ...by, at: { paragraph: this.paragraphs.length, offset: this.current.length } });
          else this.breaks.push({ kind: 'delete', ...by, at: { paragraph: this.paragraphs.length + 1, offset: 0 } });
        }
        const changes = this.changes.slice(changesBefore);
        // A move with formatting changed on the way is left as the changes it is made of: the move would drop the formatting.
        if (move && !changes.some((change) => change.kind === 'format')) {
          const text = move === 'from' ? this.current : changes.map((change) => change.text).join('');
          const { attributes } = mark!.change;
          this.moved.push({ side: move, text, paragraph: this.paragraphs.length, author: attributes['w:author'] ?? '', date: attributes['w:date'], changes, breaks: this.breaks.slice(breaksBefore) });
        }
        if (mark?.kind === 'insert') this.carried = this.current;
        else this.paragraphs.push(this.current);
        this.current = null;
        return;
      }
      case 'w:t':
        return add(textOf(node));
      case 'w:delText':
        return void (this.current !== null && (this.current += textOf(node)));
      case 'w:tab':
        return add('\t');
      case 'w:br':
        return node.attributes['w:type'] === undefined || node.attributes['w:type'] === 'textWrapping' ? add('\n') : undefined;
      case 'w:cr':
        return add('\n');
      case 'w:ins':
      case 'w:moveTo': {
        if (inserted) return this.read(node, true);
        const start = this.position();
        this.insertedText = '';
        this.read(node, true);
        const text = this.insertedText;
        this.insertedText = null;
        return this.change(node, 'insert', start, text);
      }
      case 'w:del':
      case 'w:moveFrom': {
        if (inserted) return this.read(node, inserted);
        const start = this.position();
        this.read(node, inserted);
        const end = this.position();
        return this.change(node, 'delete', start, end.paragraph === start.paragraph ? (this.current ?? '').slice(start.offset, end.offset) : '\n');
      }
      case 'w:r': {
        const properties = childElements(node, 'w:rPr')[0];
        const change = properties && childElements(properties, 'w:rPrChange')[0];
        return change ? this.formattedRun(node, change, inserted) : this.read(node, inserted);
      }
      case 'w:hyperlink':
        return CITATION_ANCHOR.test(node.attributes['w:anchor'] ?? '') ? undefined : this.read(node, inserted);
      case 'w:commentRangeStart':
        // Outside a paragraph, a range starts at the next one.
        return void this.starts.set(node.attributes['w:id'] ?? '', { paragraph: this.paragraphs.length, offset: this.current?.length ?? 0 });
      case 'w:commentRangeEnd':
        return void this.ends.set(
          node.attributes['w:id'] ?? '',
          this.current !== null ? { paragraph: this.paragraphs.length, offset: this.current.length } : { paragraph: this.paragraphs.length - 1, offset: Number.MAX_SAFE_INTEGER },
        );
      default:
        if (!SKIPPED.has(node.name)) this.read(node, inserted);
    }
  }
}

function parsePart(parts: Map<string, Buffer>, name: string, fileName: string): XmlElement | undefined {
  const bytes = parts.get(name);
  if (!bytes) return undefined;
  try {
    return parseXml(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof XmlRefused) throw importError(fileName, `its part "${name}" cannot be read (${error.message}).`);
    throw error;
  }
}

/** Word's reply threading and "done" marks, by the id of the last paragraph of each comment. */
function threading(extended: XmlElement | undefined): Map<string, { parent?: string; done: boolean }> {
  const out = new Map<string, { parent?: string; done: boolean }>();
  for (const entry of extended ? childElements(extended, 'w15:commentEx') : []) {
    const paraId = entry.attributes['w15:paraId'];
    if (paraId) out.set(paraId, { parent: entry.attributes['w15:paraIdParent'], done: entry.attributes['w15:done'] === '1' });
  }
  return out;
}

/**
 * The text, comments and tracked changes of a Word document, read with the zip limits of
 * the library import (zipBounds.ts) and the safe XML reader; anything else in it is ignored.
 */
export function readReviewDocx(bytes: Uint8Array, fileName: string): ReviewDocx {
  const parts = readZipParts(bytes, fileName, [DOCUMENT, COMMENTS, COMMENTS_EXTENDED]);
  const document = parsePart(parts, DOCUMENT, fileName);
  const body = document && childElements(document, 'w:body')[0];
  if (!body) throw importError(fileName, 'this Word document is damaged or is not a .docx file.');
  const text = new TextReader();
  text.read(body);

  const commentsPart = parsePart(parts, COMMENTS, fileName);
  const thread = threading(parsePart(parts, COMMENTS_EXTENDED, fileName));
  const paraIdOwner = new Map<string, string>();
  const comments = (commentsPart ? childElements(commentsPart, 'w:comment') : []).map((comment): DocxComment => {
    const id = comment.attributes['w:id'] ?? '';
    const reader = new TextReader();
    reader.read(comment);
    const lastParagraph = childElements(comment, 'w:p').at(-1);
    const paraId = lastParagraph?.attributes['w14:paraId'];
    if (paraId) paraIdOwner.set(paraId, id);
    const threaded = paraId ? thread.get(paraId) : undefined;
    return {
      id,
      author: comment.attributes['w:author'] ?? '',
      initials: comment.attributes['w:initials'] ?? '',
      date: comment.attributes['w:date'],
      text: reader.paragraphs.join('\n').trim(),
      start: text.starts.get(id),
      end: text.ends.get(id),
      parentId: threaded?.parent,
      done: threaded?.done ?? false,
    };
  });
  // The parent is named by its paragraph's id; give it as the parent comment's id.
  for (const comment of comments) if (comment.parentId !== undefined) comment.parentId = paraIdOwner.get(comment.parentId);
  const moves = pairMoves(text.moved, text.paragraphs.length);
  return { paragraphs: text.paragraphs, comments, changes: text.changes, breaks: text.breaks, moves, styleChanges: text.styleChanges, unreadChanges: countTracked(body) - text.readCount };
}
