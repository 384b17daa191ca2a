import {
  BorderStyle,
  DeletedTextRun,
  ExternalHyperlink,
  HeadingLevel,
  InsertedTextRun,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IParagraphPropertiesOptions,
  type IParagraphPropertiesOptionsBase,
  type IParagraphRunOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { blockTypeSuggestionOf, moveSuggestionOf, suggestedBlockTypeOf, SUGGESTION_NODE_TYPE, suggestionDataSchema, withFormat, type SuggestedBlockType } from '../../../../common/suggestions';
import { MARK_NODE_TYPE } from '../../../../common/comments';
import { TEXT_FORMAT, type SerializedNode } from '../../../../common/editorState';
import { decisionFromNode, headingLevel, safeLinkUrl } from '../../../../common/print/decisions';
import type { DecisionBlock } from '../../../../common/template';
import { markCitations, type Citations } from '../../../../common/citations';
import { isBlankBlock } from '../../../../common/noteStructure';
import { CommentRanges } from './commentsDocx';
import { citationMarkerRun } from './sourcesDocx';
import { isMoveStandIn, trackedBreak, withTextTracked, withTrackedMove } from './trackedBlocks';
import { xmlSafe } from './xmlSafe';
import { QUOTE_INDENT_TWIPS } from './docxStyles';

/**
 * Lexical's serialized note body → docx paragraphs and tables, the same structure the print
 * renderer (common/print/bodyHtml.ts) gives the PDF: headings with Word's heading styles,
 * real lists and tables, live http/https/mailto links, the decision block kept together.
 */
export type Block = Paragraph | Table;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** The numbering definition the numbered lists use (see exportDocx.ts). */
export const NUMBERED_LIST = 'brieflink-numbered';

const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;

/** A text node's run options: one per line, each after the first starting with a line break. */
function textRunOptions(node: SerializedNode): IRunOptions[] {
  const bits = typeof node.format === 'number' ? node.format : 0;
  // Only what is on is written: an explicit "off" (<w:b w:val="false"/>) would undo the heading style's bold.
  const on = (set: boolean) => (set ? true : undefined);
  const format = {
    bold: on((bits & TEXT_FORMAT.bold) !== 0),
    italics: on((bits & TEXT_FORMAT.italic) !== 0),
    strike: on((bits & TEXT_FORMAT.strikethrough) !== 0),
    underline: bits & TEXT_FORMAT.underline ? {} : undefined,
    font: bits & TEXT_FORMAT.code ? 'Courier New' : undefined,
    subScript: on((bits & SUBSCRIPT) !== 0),
    superScript: on((bits & SUPERSCRIPT) !== 0 && (bits & SUBSCRIPT) === 0),
  };
  return xmlSafe(node.text ?? '').split(/\r\n|\r|\n/).map((line, index) => ({ ...format, text: line, break: index > 0 ? 1 : undefined }));
}

/** A run's properties alone, without its text. */
const runProperties = ({ text: _text, break: _break, ...properties }: IRunOptions) => properties;

/** A text node as runs. */
function textRuns(node: SerializedNode): TextRun[] {
  return textRunOptions(node).map((options) => new TextRun(options));
}

/** Revision ids start well above the comments' ids, which share Word's numbering of annotations. */
const REVISION_ID_BASE = 100_000;
let nextRevisionId = REVISION_ID_BASE;

/**
 * A suggested change as a Word tracked change (w:ins, w:del, or w:rPrChange for formatting) under its author and time, so a
 * reviewer in Word sees it and can accept or reject it there. Text inside another element (a
 * snippet) is tracked too, except inside a link.
 */
function trackedRuns(node: SerializedNode): ParagraphChild[] {
  const data = suggestionDataSchema.safeParse(node);
  if (!data.success) return inline(node.children ?? []);
  const { kind, author, createdAt, formatChange } = data.data;
  const change = { author: xmlSafe(author.name || 'Reviewer'), date: createdAt };
  return (node.children ?? []).flatMap((child): ParagraphChild[] => {
    if (child.type !== 'text') return inline([formatChange ? child : withTextTracked(child, node)]);
    if (formatChange) {
      // Word's formatting change: the run as suggested, with the properties it had before (w:rPrChange).
      const bits = typeof child.format === 'number' ? child.format : 0;
      const before = runProperties(textRunOptions({ ...child, format: withFormat(bits, formatChange.format, !formatChange.on) })[0]!);
      // The changed format is written either way: Word needs the properties before (w:rPr) inside the change, even when none were set.
      const was = !formatChange.on;
      const changed = { bold: { bold: was }, italic: { italics: was }, strikethrough: { strike: was }, underline: { underline: was ? {} : { type: UnderlineType.NONE } } }[formatChange.format];
      return textRunOptions(child).map((options) => new TextRun({ ...options, revision: { ...before, ...changed, ...change, id: nextRevisionId++ } }));
    }
    return textRunOptions(child).map((options) =>
      kind === 'insert' ? new InsertedTextRun({ ...options, ...change, id: nextRevisionId++ }) : new DeletedTextRun({ ...options, ...change, id: nextRevisionId++ }),
    );
  });
}

/** Inline content: text, breaks, tabs and links; anything else contributes its text. */
function inline(nodes: readonly SerializedNode[]): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    if (node.type === 'text') return textRuns(node);
    if (node.type === 'linebreak') return [new TextRun({ break: 1 })];
    if (node.type === 'tab') return [new TextRun({ children: [new Tab()] })];
    if (node.type === 'link' || node.type === 'autolink') {
      const runs = inline(node.children ?? []);
      const url = safeLinkUrl(node.url);
      return url ? [new ExternalHyperlink({ link: url, children: runs.length > 0 ? runs : [new TextRun(url)] })] : runs;
    }
    if (node.type === SUGGESTION_NODE_TYPE) return trackedRuns(node);
    if (node.type === MARK_NODE_TYPE) {
      const { before, after } = commentRanges.around(node);
      return [...before, ...inline(node.children ?? []), ...after];
    }
    if (node.children) {
      const number = citationNumberOf(node);
      return number === undefined ? inline(node.children) : [...inline(node.children), citationMarkerRun(number)];
    }
    return typeof node.text === 'string' ? [new TextRun(xmlSafe(node.text))] : [];
  });
}

function listBlocks(list: SerializedNode, level: number): Paragraph[] {
  const numbered = list.listType === 'number' || (list.listType === undefined && list.tag === 'ol');
  const check = list.listType === 'check';
  const items = list.children ?? [];
  return items.flatMap((listed, index): Paragraph[] => {
    const item = withTrackedMove(listed);
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const content = (item.children ?? []).filter((child) => child.type !== 'list');
    const out: Paragraph[] = [];
    if (content.some((child) => !isBlankBlock(child))) {
      const box = check ? [new TextRun(item.checked === true ? '\u2611 ' : '\u2610 ')] : [];
      out.push(
        new Paragraph({
          children: [...box, ...inline(content)],
          ...markChangeBefore(listed, items[index + 1]),
          ...(numbered
            ? { numbering: { reference: NUMBERED_LIST, level: Math.min(level, 8) } }
            : check
              ? { indent: { left: 360 * (level + 1) } }
              : { bullet: { level: Math.min(level, 8) } }),
        }),
      );
    }
    for (const child of nested) out.push(...listBlocks(child, level + 1));
    return out;
  });
}

/** Lexical's header states: ROW marks a cell of a header row, COLUMN one of a header column. */
const HEADER_ROW = 1;
const HEADER_COLUMN = 2;

function tableBlock(table: SerializedNode): Table | undefined {
  const rows = (table.children ?? []).filter((row) => row.type === 'tablerow' && (row.children ?? []).length > 0);
  if (rows.length === 0) return undefined;
  let headerRows = 0;
  while (headerRows < rows.length - 1 && (rows[headerRows]!.children ?? []).every((cell) => (Number(cell.headerState) & HEADER_ROW) !== 0)) {
    headerRows++;
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, index) =>
        new TableRow({
          // Left out rather than false: some readers take any tblHeader element as a header row.
          ...(index < headerRows ? { tableHeader: true } : {}),
          cantSplit: true,
          children: (row.children ?? []).map((cell) => {
            const state = Number(cell.headerState) || 0;
            const header = (state & (HEADER_ROW | HEADER_COLUMN)) !== 0;
            const paragraphs = blocks(cell.children ?? []).filter((block): block is Paragraph => block instanceof Paragraph);
            const colSpan = Number.isInteger(cell.colSpan) && Number(cell.colSpan) > 1 ? Math.min(Number(cell.colSpan), 63) : undefined;
            const rowSpan = Number.isInteger(cell.rowSpan) && Number(cell.rowSpan) > 1 ? Math.min(Number(cell.rowSpan), 1000) : undefined;
            return new TableCell({
              columnSpan: colSpan,
              rowSpan,
              shading: header ? { fill: 'EEEEEE' } : undefined,
              children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')],
            });
          }),
        }),
    ),
  });
}

/** Tick boxes for each option group, then labelled blank signature lines; all kept on one page. */
export function decisionBlocks(decision: DecisionBlock): Paragraph[] {
  const lines = [
    ...decision.optionGroups.map((group) => [new TextRun(xmlSafe(group.map((option) => `\u2610 ${option}`).join('\u2003\u2003')))]),
    ...decision.signatureLines.map((label) => [new TextRun(xmlSafe(`${label}: `)), new TextRun({ text: '\u00a0'.repeat(60), underline: {} })]),
  ];
  return lines.map(
    (children, index) =>
      new Paragraph({ children, keepNext: index < lines.length - 1, keepLines: true, spacing: { before: index === 0 ? 240 : 360 } }),
  );
}

/**
 * A suggested paragraph break as Word tracks it: on the mark that ends the paragraph before
 * the break (w:pPr/w:rPr/w:ins or w:del), so rejecting an inserted one (or accepting a deleted
 * one) in Word joins the two paragraphs.
 */
function markChangeBefore(node: SerializedNode, next: SerializedNode | undefined): { run: IParagraphRunOptions } | undefined {
  // A moved block's stand-in goes whole once the move is accepted: its mark too.
  const standIn = isMoveStandIn(node) ? moveSuggestionOf(node) : null;
  const suggested = standIn ? { ...standIn, kind: 'delete' as const } : trackedBreak(node, next);
  if (!suggested) return undefined;
  const change = { id: nextRevisionId++, author: xmlSafe(suggested.author.name || 'Reviewer'), date: suggested.createdAt };
  return { run: suggested.kind === 'insert' ? { insertion: change } : { deletion: change } };
}

/** How each block type a suggestion can change is written as a paragraph's properties. */
function typeProperties(type: SuggestedBlockType, level = type === 'h3' ? 3 : 2): IParagraphPropertiesOptionsBase {
  if (type === 'paragraph') return {};
  if (type === 'quote') return { style: 'Quote', indent: { left: QUOTE_INDENT_TWIPS } };
  return { heading: HEADINGS[level - 1], keepNext: true };
}

/**
 * A suggested change of a block's type as Word tracks it: the paragraph written as it is now,
 * with the properties it had before (w:pPrChange), so rejecting it in Word gives the old style back.
 */
function typeChangeOf(node: SerializedNode): { revision: IParagraphPropertiesOptions['revision'] } | undefined {
  const change = blockTypeSuggestionOf(node);
  if (!change || !suggestedBlockTypeOf(node)) return undefined;
  return { revision: { ...typeProperties(change.from), id: nextRevisionId++, author: xmlSafe(change.author.name || 'Reviewer'), date: change.createdAt } };
}

function block(node: SerializedNode, mark?: { run: IParagraphRunOptions }): Block[] {
  switch (node.type) {
    case 'paragraph':
      if (node.brieflinkGuidance === true || isBlankBlock(node)) return [];
      return [new Paragraph({ children: inline(node.children ?? []), ...mark, ...typeChangeOf(node) })];
    case 'heading': {
      if (isBlankBlock(node)) return [];
      return [new Paragraph({ ...typeProperties('h2', headingLevel(node) ?? 2), children: inline(node.children ?? []), ...mark, ...typeChangeOf(node) })];
    }
    case 'quote':
      if (isBlankBlock(node)) return [];
      return [new Paragraph({ ...typeProperties('quote'), children: inline(node.children ?? []), ...mark, ...typeChangeOf(node) })];
    case 'list':
      return listBlocks(node, 0);
    case 'table': {
      const table = tableBlock(node);
      return table ? [table, new Paragraph('')] : [];
    }
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'horizontalrule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } })];
    case 'decision-block':
      return decisionBlocks(decisionFromNode(node));
    default: {
      // An unknown node keeps its text: its blocks if it has any, else one paragraph.
      const children = node.children ?? [];
      if (children.some((child) => ['paragraph', 'heading', 'list', 'quote', 'table'].includes(child.type))) return blocks(children);
      return isBlankBlock(node) ? [] : [new Paragraph({ children: inline([node]) })];
    }
  }
}

export function blocks(nodes: readonly SerializedNode[]): Block[] {
  return nodes.flatMap((node, index) => block(withTrackedMove(node), markChangeBefore(node, nodes[index + 1])));
}

/** The marker number of a snippet copy made by markCitations for the body being converted (synchronous, so one at a time). */
let citationNumberOf: (node: SerializedNode) => number | undefined = () => undefined;

/** Where the comment ranges go, for the body being converted (see CommentRanges). */
let commentRanges = new CommentRanges([]);

/**
 * The body's blocks with a superscript marker after each cited snippet, and the ranges of
 * `comments` (Word comments) around the text their marks wrap.
 */
export function blocksWithCitations(nodes: readonly SerializedNode[], citations: Citations, comments = new CommentRanges([])): Block[] {
  const marked = markCitations(nodes, citations);
  citationNumberOf = marked.numberOf;
  commentRanges = comments;
  try {
    if (comments.hasComments) {
      // A first pass counts each thread's marks, so the second knows which is the last.
      blocks(marked.root);
      comments.startPlacing();
    }
    nextRevisionId = REVISION_ID_BASE;
    return blocks(marked.root);
  } finally {
    citationNumberOf = () => undefined;
    commentRanges = new CommentRanges([]);
  }
}
