import { TEXT_FORMAT, type SerializedNode } from '../editorState';
import type { DecisionBlock, Template } from '../template';
import { decisionFromNode, headingLevel, safeLinkUrl, withTemplateDecisions } from './decisions';
import { escapeHtml } from './escape';
import { markCitations, type Citations } from '../citations';
import { isBlankBlock } from '../noteStructure';
import { LANGUAGE_SPAN_NODE_TYPE } from '../noteLanguageFormat';
import { isSpellingLanguage } from '../spelling/languages';
import { citationMarkerHtml } from './sourcesHtml';
import { firstPageSectionIndexes, sectionEndBlocks, sectionEndMarkerHtml } from './sectionEnds';

/**
 * Lexical's serialized note body → semantic HTML for the print document. Every node type the
 * editor writes has a rendering; a node this printer does not know keeps its text. Nothing
 * taken from the note becomes an attribute except values checked here (numbers, a few known
 * keywords, http/https/mailto link targets, escaped).
 */
export function bodyToHtml(
  root: readonly SerializedNode[],
  template?: Pick<Template, 'sections'>,
  citations?: Citations,
  /** Mark where each section that must end on page 1 ends (the page-count pass only; see sectionEnds.ts). */
  markSectionEnds = false,
): string {
  const blocks = withTemplateDecisions(root, template);
  const ends = markSectionEnds && template ? sectionEndBlocks(blocks, template, firstPageSectionIndexes(template)) : new Map<number, number[]>();
  const marked = markCitations(blocks, citations ?? { sources: [], snippets: [] });
  citationNumberOf = marked.numberOf;
  try {
    return marked.root.map((node, index) => renderFlow([node], true) + (ends.get(index) ?? []).map(sectionEndMarkerHtml).join('')).join('');
  } finally {
    citationNumberOf = () => undefined;
  }
}

/** The marker number of a snippet copy made by markCitations for the body being rendered (synchronous, so one at a time). */
let citationNumberOf: (node: SerializedNode) => number | undefined = () => undefined;

// ---------------------------------------------------------------------------------------
// Flow

/** Escaped text with line breaks kept as <br>. */
export function escapeText(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

function isBlank(nodes: readonly SerializedNode[]): boolean {
  return nodes.every(isBlankBlock);
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'list',
  'listitem',
  'quote',
  'horizontalrule',
  'table',
  'tablerow',
  'tablecell',
  'page-break',
  'decision-block',
]);

/** A node that must be rendered as a block: a known block, or an unknown node that holds blocks. */
function isBlockish(node: SerializedNode): boolean {
  if (BLOCK_TYPES.has(node.type)) return true;
  if (node.type === 'text' || node.type === 'linebreak' || node.type === 'tab') return false;
  return (node.children ?? []).some(isBlockish);
}

/**
 * Renders a sequence of nodes that may mix blocks and inline content. Runs of inline nodes
 * are wrapped in a paragraph when `wrapInline` (flow content at the top level) and left bare
 * otherwise (inside a list item); blank runs are dropped.
 */
function renderFlow(nodes: readonly SerializedNode[], wrapInline: boolean): string {
  let out = '';
  let run: SerializedNode[] = [];
  const flush = () => {
    if (run.length > 0 && !isBlank(run)) {
      const html = renderInline(run);
      out += wrapInline ? `<p>${html}</p>` : html;
    }
    run = [];
  };
  for (const node of nodes) {
    if (isBlockish(node)) {
      flush();
      out += renderBlock(node);
    } else {
      run.push(node);
    }
  }
  flush();
  return out;
}

/** Content of a block that normally holds inline nodes, tolerating blocks inside it. */
function blockContent(node: SerializedNode): { html: string; nested: boolean } {
  const children = node.children ?? [];
  if (children.some(isBlockish)) return { html: renderFlow(children, true), nested: true };
  if (children.length === 0 && typeof node.text === 'string') return { html: escapeText(node.text), nested: false };
  return { html: renderInline(children), nested: false };
}

const ALIGNMENTS: Record<string, string> = {
  left: 'left',
  start: 'start',
  center: 'center',
  right: 'right',
  end: 'end',
  justify: 'justify',
};

/** A style attribute for a block's alignment and indent, built only from known values. */
function blockStyle(node: SerializedNode): string {
  const rules: string[] = [];
  const align = typeof node.format === 'string' ? ALIGNMENTS[node.format] : undefined;
  if (align) rules.push(`text-align: ${align}`);
  const indent = node.indent;
  if (typeof indent === 'number' && Number.isInteger(indent) && indent > 0) {
    rules.push(`margin-left: ${Math.min(indent, 10) * 2}em`);
  }
  return rules.length > 0 ? ` style="${rules.join('; ')}"` : '';
}

function renderBlock(node: SerializedNode): string {
  switch (node.type) {
    case 'paragraph': {
      // Guidance is the template's advice to the writer, never part of the printed note.
      if (node.brieflinkGuidance === true || isBlank([node])) return '';
      const { html, nested } = blockContent(node);
      return nested ? html : `<p${blockStyle(node)}>${html}</p>`;
    }
    case 'heading': {
      if (isBlank([node])) return '';
      const tag = `h${headingLevel(node) ?? 2}`;
      const { html, nested } = blockContent(node);
      return nested ? html : `<${tag}${blockStyle(node)}>${html}</${tag}>`;
    }
    case 'quote': {
      if (isBlank([node])) return '';
      return `<blockquote${blockStyle(node)}>${blockContent(node).html}</blockquote>`;
    }
    case 'list':
      return renderList(node);
    case 'table':
      return renderTable(node);
    case 'page-break':
      return '<div class="page-break"></div>';
    case 'decision-block':
      return decisionHtml(decisionFromNode(node));
    case 'horizontalrule':
      return '<hr>';
    default:
      // A list item, row or cell out of place, or an unknown block: keep its content as flow.
      return renderFlow(node.children ?? [], true);
  }
}

// ---------------------------------------------------------------------------------------
// Lists

function renderList(list: SerializedNode): string {
  const ordered = list.listType === 'number' || (list.listType === undefined && list.tag === 'ol');
  const check = list.listType === 'check';
  const tag = ordered ? 'ol' : 'ul';
  const items: { html: string; className: string }[] = [];
  const attachToPrevious = (html: string) => {
    const previous = items[items.length - 1];
    if (previous) previous.html += html;
    else items.push({ html, className: '' });
  };

  for (const child of list.children ?? []) {
    if (child.type === 'list') {
      // Not what Lexical writes, but keep it: nest it under the item before.
      const html = renderList(child);
      if (html) attachToPrevious(html);
      continue;
    }
    const kids = child.children ?? [];
    // Lexical nests a list by wrapping it in a list item of its own; semantically it belongs
    // to the item before it.
    if (child.type === 'listitem' && kids.length > 0 && kids.every((kid) => kid.type === 'list')) {
      const html = kids.map(renderList).join('');
      if (html) attachToPrevious(html);
      continue;
    }
    if (isBlank([child])) continue;
    let html = child.type === 'listitem' ? renderFlow(kids, false) : renderFlow([child], false);
    let className = '';
    if (check) {
      html = `${child.checked === true ? '\u2611' : '\u2610'} ${html}`;
      className = 'check';
    }
    items.push({ html, className });
  }
  if (items.length === 0) return '';
  const start = list.start;
  const startAttr =
    ordered && typeof start === 'number' && Number.isInteger(start) && start !== 1 ? ` start="${start}"` : '';
  const lis = items.map((item) => `<li${item.className ? ` class="${item.className}"` : ''}>${item.html}</li>`);
  return `<${tag}${startAttr}${blockStyle(list)}>${lis.join('')}</${tag}>`;
}

// ---------------------------------------------------------------------------------------
// Tables (@lexical/table)

/** Lexical's TableCellHeaderStates: ROW marks a cell of a header row, COLUMN of a header column. */
const HEADER_ROW = 1;
const HEADER_COLUMN = 2;

function headerState(cell: SerializedNode): number {
  const state = cell.headerState;
  return typeof state === 'number' && Number.isInteger(state) ? state : 0;
}

function span(value: unknown, name: string): string {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? ` ${name}="${Math.min(value, 1000)}"` : '';
}

function renderCell(cell: SerializedNode): string {
  const state = headerState(cell);
  const content = renderFlow(cell.children ?? [], true);
  const spans = span(cell.colSpan, 'colspan') + span(cell.rowSpan, 'rowspan');
  if (state & HEADER_ROW) return `<th scope="col"${spans}>${content}</th>`;
  if (state & HEADER_COLUMN) return `<th scope="row"${spans}>${content}</th>`;
  return `<td${spans}>${content}</td>`;
}

function renderRow(row: SerializedNode): string {
  const cells = (row.children ?? []).map((cell) =>
    cell.type === 'tablecell' ? renderCell(cell) : `<td>${renderFlow([cell], true)}</td>`,
  );
  return `<tr>${cells.join('')}</tr>`;
}

/**
 * A real table. Leading rows whose cells are all header cells become the <thead>, which
 * Chromium repeats at the top of every page the table continues on.
 */
function renderTable(table: SerializedNode): string {
  const rows = (table.children ?? []).filter((row) => row.type === 'tablerow');
  if (rows.length === 0) return renderFlow(table.children ?? [], true);
  let headerRows = 0;
  while (
    headerRows < rows.length - 1 &&
    (rows[headerRows]!.children ?? []).length > 0 &&
    (rows[headerRows]!.children ?? []).every((cell) => (headerState(cell) & HEADER_ROW) !== 0)
  ) {
    headerRows++;
  }
  const head = rows.slice(0, headerRows).map(renderRow).join('');
  const body = rows.slice(headerRows).map(renderRow).join('');
  return `<table class="body-table">${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------
// Decision block: tick boxes and signature lines, kept together on one page

export function decisionHtml(decision: DecisionBlock): string {
  const groups = decision.optionGroups.map(
    (group) =>
      `<p class="decision-options">${group.map((option) => `<span class="decision-option">\u2610 ${escapeHtml(option)}</span>`).join(' ')}</p>`,
  );
  const lines = decision.signatureLines.map(
    (label) =>
      `<div class="signature-line"><span class="signature-label">${escapeHtml(label)}:</span><span class="signature-blank"></span></div>`,
  );
  return `<div class="decision">${groups.join('')}${lines.join('')}</div>`;
}

// ---------------------------------------------------------------------------------------
// Inline content

const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;

function renderText(text: string, format: unknown): string {
  const bits = typeof format === 'number' && Number.isInteger(format) ? format : 0;
  let html = escapeText(text);
  if (bits & TEXT_FORMAT.code) html = `<code>${html}</code>`;
  if (bits & SUBSCRIPT) html = `<sub>${html}</sub>`;
  else if (bits & SUPERSCRIPT) html = `<sup>${html}</sup>`;
  if (bits & TEXT_FORMAT.strikethrough) html = `<s>${html}</s>`;
  if (bits & TEXT_FORMAT.underline) html = `<u>${html}</u>`;
  if (bits & TEXT_FORMAT.italic) html = `<em>${html}</em>`;
  if (bits & TEXT_FORMAT.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** The language of a passage marked as one (a supported tag only: the value goes into markup). */
function passageLanguage(node: SerializedNode): string | undefined {
  return node.type === LANGUAGE_SPAN_NODE_TYPE && isSpellingLanguage(node.lang) ? node.lang : undefined;
}

function renderInline(nodes: readonly SerializedNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') {
      out += '<br>';
    } else if (node.type === 'tab') {
      out += '\t';
    } else if (node.type === 'text') {
      out += renderText(node.text ?? '', node.format);
    } else if (node.children && node.children.length > 0) {
      // Links, marks and nodes this printer does not know: their content.
      const content = node.children.some(isBlockish) ? renderFlow(node.children, false) : renderInline(node.children);
      const url = node.type === 'link' || node.type === 'autolink' ? safeLinkUrl(node.url) : undefined;
      const lang = passageLanguage(node);
      const inner = lang ? `<span lang="${lang}">${content}</span>` : content;
      out += url ? `<a href="${escapeHtml(url)}">${inner}</a>` : inner;
      const citation = citationNumberOf(node);
      if (citation !== undefined) out += citationMarkerHtml(citation);
    } else if (typeof node.text === 'string') {
      out += escapeText(node.text);
    }
  }
  return out;
}
