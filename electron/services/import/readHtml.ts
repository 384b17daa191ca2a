import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readJsonLd } from '../../../common/extract/jsonLd';
import type { SourceDocument } from '../../../common/extract/types';
import { isWebAddress, withoutCredentials } from '../../../common/urls';
import { decodeText, tidyParagraphs } from './decodeText';
import { importError } from './importError';
import { sanitizedCopy } from './sanitizeTree';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption';
/**
 * Removed before Readability searches the page: hidden elements, and elements whose text
 * the sanitizer drops anyway and that never hold an article (scripts, styles, templates,
 * menus). A saved news page's menus are hundreds of links that Readability would otherwise
 * score one by one. Forms stay: some sites wrap the whole page, article included, in one.
 */
const UNREAD = '[hidden], [aria-hidden="true"], script, style, noscript, template, nav';
/**
 * Deeper than any real article (news sites nest 20 to 40 levels; 200 takes about half a second). The sanitizer's and
 * Readability's work grows much faster than the depth, so a page nested thousands deep
 * would hold the import for minutes; it is refused instead, by name.
 */
export const MAX_HTML_DEPTH = 200;

/**
 * A saved web page. linkedom parses it (about ten times faster than jsdom; neither runs
 * scripts or loads anything), Mozilla Readability finds the article, and DOMPurify then
 * sanitizes a copy of the article's nodes (scripts, event handlers, styles, frames, forms
 * and navigation dropped with their text) before any text is taken. Sanitizing only the article
 * keeps the costly full-DOM pass small: a saved news page is mostly menus, scripts and
 * inline data around a far smaller article. Only plain text and a few metadata values leave
 * this function, so no markup is ever stored or shown.
 */
export function readHtml(bytes: Uint8Array, fileName: string): SourceDocument {
  const source = decodeText(bytes, fileName);
  const { document } = parseHTML(source);
  const depth = nestingDepth(document.documentElement, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    throw importError(fileName, `this page is nested more than ${MAX_HTML_DEPTH} elements deep, far past any article; save it again from the browser or paste its text.`);
  }
  // Read before Readability, which rearranges the document as it searches.
  const metadata = readMetadata(document);
  for (const unread of document.querySelectorAll(UNREAD)) unread.remove();
  // The article element itself rather than its markup: it is copied, not re-parsed, for the sanitizer.
  const article = new Readability<Node>(document, { charThreshold: 200, serializer: (node) => node }).parse();
  const articleRoot = (article?.content as Element | null | undefined) ?? document.body;
  const text = articleRoot ? textOf(sanitizedCopy(articleRoot)) : '';
  if (!text) {
    throw importError(fileName, 'this page has no readable text once scripts and markup are removed.');
  }
  const title = metadata.title ?? (article?.title?.trim() || undefined);
  const publisher = metadata.publisher ?? (article?.siteName?.trim() || undefined);
  return {
    fileName,
    text,
    metadata: { ...metadata, ...(title ? { title } : {}), ...(publisher ? { publisher } : {}) },
  };
}

/** How deep elements nest under root, counted without recursion and given up once past `limit`. */
function nestingDepth(root: Element | null, limit: number): number {
  let deepest = 0;
  const pending: Array<[Element, number]> = root ? [[root, 1]] : [];
  while (pending.length > 0) {
    const [element, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** The text of the innermost blocks, one paragraph each, so a page's layout wrappers do not merge paragraphs. */
function textOf(root: Element): string {
  // In document order a block's descendants follow it directly, so a block is innermost
  // exactly when the next block is not inside it (one pass instead of a search per block).
  const all = [...root.querySelectorAll(BLOCKS)];
  const blocks = all.filter((el, i) => !all[i + 1] || !el.contains(all[i + 1]!));
  const parts = blocks.length > 0 ? blocks.map((el) => el.textContent ?? '') : [root.textContent ?? ''];
  return tidyParagraphs(parts.map((part) => part.replace(/\s+/g, ' ').trim()).join('\n\n'));
}

function readMetadata(doc: Document): SourceDocument['metadata'] {
  // Each name's first <meta> (by property or name) in one pass over the <meta> elements,
  // rather than one search of the whole page per name.
  const firstContent = new Map<string, string>();
  for (const element of doc.querySelectorAll('meta')) {
    const content = element.getAttribute('content')?.trim() ?? '';
    for (const key of [element.getAttribute('property'), element.getAttribute('name')]) {
      if (key !== null && !firstContent.has(key)) firstContent.set(key, content);
    }
  }
  const meta = (...names: string[]) => names.map((name) => firstContent.get(name)).find(Boolean);
  const headline = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = meta('og:title', 'twitter:title', 'dc.title') ?? (doc.title?.trim() || headline || undefined);
  const jsonLd = readJsonLd([...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''));
  const published = meta('article:published_time', 'datePublished', 'dc.date', 'date', 'pubdate') ?? jsonLd.datePublished;
  const url = meta('og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const result: SourceDocument['metadata'] = {};
  if (title) result.title = title;
  const publisher = meta('og:site_name', 'publisher', 'dc.publisher') ?? jsonLd.publisher;
  if (publisher) result.publisher = publisher;
  const author = meta('author', 'article:author', 'dc.creator') ?? jsonLd.author;
  if (author) result.author = author;
  const date = published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (date) result.publishedDate = date;
  if (url && isWebAddress(url)) result.url = withoutCredentials(url);
  return result;
}
