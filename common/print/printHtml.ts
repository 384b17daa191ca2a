import { findScheme } from '../classification';
import { plainText, TEXT_FORMAT, type SerializedNode } from '../editorState';
import { noteTitle, type Note } from '../note';
import type { Template } from '../template';
import { cssFontFamily, cssString, escapeHtml } from './escape';

/**
 * The print document for a note: one standalone HTML page that Chromium's print engine
 * (Electron's printToPDF or Playwright's page.pdf) turns into the exported PDF, and that the
 * preview shows. It has no scripts and loads nothing: the only thing it may use beyond itself
 * is data: images. Every piece of user text is escaped on the way in.
 */
export function noteToPrintHtml(note: Note): string {
  const template = note.template;
  const title = noteTitle(note);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${printCss(template, printMarking(note))}</style>`,
    '</head>',
    '<body>',
    metadataBlock(note, title),
    `<main class="note-body">${renderRoot(note.body.root.children)}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The classification marking printed at the top and bottom of every page: the note's
 * classification (or the template's default), spelled as the template's scheme spells it
 * when it is one of the scheme's levels, otherwise upper-cased. Runs of white space
 * (including newlines) become single spaces: a marking is one line.
 */
export function printMarking(note: Pick<Note, 'metadata' | 'template'>): string {
  const raw = (note.metadata.classification ?? '').replace(/\s+/g, ' ').trim();
  const value = raw || note.template.defaultClassification.replace(/\s+/g, ' ').trim();
  const scheme = findScheme(note.template.classificationScheme);
  const level = scheme?.levels.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  return level ?? value.toUpperCase();
}

// ---------------------------------------------------------------------------------------
// Page and type styles

const PAPER_SIZES: Record<string, string> = { A4: 'A4', Letter: 'letter' };

function finiteOr(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function printCss(template: Template, marking: string): string {
  const paper = PAPER_SIZES[template.print.paper] ?? 'A4';
  const margin = finiteOr(template.print.marginMm, 25, 5, 50);
  const fontSize = finiteOr(template.print.fontSizePt, 12, 6, 24);
  const font = cssFontFamily(template.print.fontFamily);
  const markingBox = `content: ${cssString(marking)}; font-family: ${font}; font-size: 10pt; font-weight: bold;`;
  return `
@page {
  size: ${paper};
  margin: ${margin}mm;
  @top-center { ${markingBox} }
  @bottom-center { ${markingBox} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: ${font}; font-size: 9pt; }
}
html { color: #000; background: #fff; }
body { margin: 0; font-family: ${font}; font-size: ${fontSize}pt; line-height: 1.3; }
h1, h2, h3, h4, h5, h6 { line-height: 1.2; margin: 1em 0 0.4em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.5em; margin-top: 0; }
h2 { font-size: 1.25em; }
h3 { font-size: 1.1em; }
h4, h5, h6 { font-size: 1em; }
p, li, blockquote, td, th { white-space: pre-wrap; overflow-wrap: anywhere; orphans: 2; widows: 2; }
p { margin: 0 0 0.6em; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.6em; }
li > ul, li > ol { margin-bottom: 0; }
li.check { list-style: none; }
blockquote { margin: 0 0 0.6em 1.5em; padding-left: 0.8em; border-left: 2pt solid #555; }
code { font-family: "Liberation Mono", monospace; font-size: 0.9em; }
hr { border: 0; border-top: 0.75pt solid #000; margin: 0.8em 0; }
table.metadata { border-collapse: collapse; margin: 0 0 1.2em; break-inside: avoid; }
table.metadata th, table.metadata td { text-align: left; vertical-align: top; padding: 0.15em 1em 0.15em 0; }
table.metadata th { font-weight: bold; white-space: nowrap; }
`;
}

// ---------------------------------------------------------------------------------------
// Metadata block

function metadataBlock(note: Note, title: string): string {
  // The subject is the heading above. The classification is also a row here, once, because
  // the page-margin markings are outside the tagged structure a screen reader follows.
  const rows = note.template.fields
    .filter((field) => field.id !== 'subject')
    .map((field) => ({
      label: field.label,
      value: field.kind === 'classification' ? printMarking(note) : (note.metadata[field.id] ?? '').trim(),
    }))
    .filter((row) => row.value !== '')
    .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeText(row.value)}</td></tr>`);
  const table = rows.length > 0 ? `<table class="metadata"><tbody>${rows.join('')}</tbody></table>` : '';
  return `<header class="note-metadata"><h1>${escapeHtml(title)}</h1>${table}</header>`;
}

// ---------------------------------------------------------------------------------------
// Body: Lexical's serialized nodes to semantic HTML

/** Escaped text with line breaks kept as <br>. */
function escapeText(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

function isBlank(nodes: readonly SerializedNode[]): boolean {
  return nodes.every((node) => plainText(node).trim() === '');
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'listitem', 'quote', 'horizontalrule']);

/** A node that must be rendered as a block: a known block, or an unknown node that holds blocks. */
function isBlockish(node: SerializedNode): boolean {
  if (BLOCK_TYPES.has(node.type)) return true;
  if (node.type === 'text' || node.type === 'linebreak') return false;
  return (node.children ?? []).some(isBlockish);
}

/**
 * The root's children. In Lexical every child of the root is a block, so each one stands
 * alone: an unknown node with inline content becomes a paragraph of its own.
 */
function renderRoot(nodes: readonly SerializedNode[]): string {
  return nodes.map((node) => renderFlow([node], true)).join('');
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
      if (isBlank([node])) return '';
      const { html, nested } = blockContent(node);
      return nested ? html : `<p${blockStyle(node)}>${html}</p>`;
    }
    case 'heading': {
      if (isBlank([node])) return '';
      const tag = typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag) ? node.tag : 'h2';
      const { html, nested } = blockContent(node);
      return nested ? html : `<${tag}${blockStyle(node)}>${html}</${tag}>`;
    }
    case 'quote': {
      if (isBlank([node])) return '';
      return `<blockquote${blockStyle(node)}>${blockContent(node).html}</blockquote>`;
    }
    case 'list':
      return renderList(node);
    case 'listitem': {
      // A list item outside a list: keep its content as flow.
      return renderFlow(node.children ?? [], true);
    }
    case 'horizontalrule':
      return '<hr>';
    default:
      return renderFlow(node.children ?? [], true);
  }
}

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

function renderInline(nodes: readonly SerializedNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') {
      out += '<br>';
    } else if (node.type === 'text') {
      out += renderText(node.text ?? '', node.format);
    } else if (node.children && node.children.length > 0) {
      // Links, marks and nodes this printer does not know: their content, never their attributes.
      out += node.children.some(isBlockish) ? renderFlow(node.children, false) : renderInline(node.children);
    } else if (typeof node.text === 'string') {
      out += escapeText(node.text);
    }
  }
  return out;
}
