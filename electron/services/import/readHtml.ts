import { parse } from 'parse5';
import type { SourceDocument } from '../../../common/extract/types';
import { articleText } from './articleText';
import { decodeText, tidyParagraphs } from './decodeText';
import { attr, findFirst, textOf, walk, type HtmlNode } from './htmlTree';
import { importError } from './importError';

/**
 * A saved web page. parse5 (the HTML parser inside jsdom) turns it into a plain tree of
 * objects: no DOM, no scripts, no styles, no resource loading, so nothing in the page can
 * run or be fetched. Only text leaves this function (the article's paragraphs and a few
 * metadata values), never markup; the text of scripts, styles, forms, frames and page
 * furniture is left out. A full DOM with Readability took about 130 ms for a 5,000-word
 * page; this takes a few.
 */
export function readHtml(bytes: Uint8Array, fileName: string): SourceDocument {
  const document = parse(decodeText(bytes, fileName));
  const body = findFirst(document, 'body') ?? document;
  const text = tidyParagraphs(articleText(body));
  if (!text) {
    throw importError(fileName, 'this page has no readable text once scripts and markup are removed.');
  }
  return { fileName, text, metadata: readMetadata(document) };
}

function readMetadata(document: HtmlNode): SourceDocument['metadata'] {
  const metas = new Map<string, string>();
  let canonical: string | undefined;
  let pageTitle: string | undefined;
  let headline: string | undefined;
  walk(document, (element) => {
    if (element.tagName === 'meta') {
      const name = (attr(element, 'property') ?? attr(element, 'name'))?.toLowerCase();
      const content = attr(element, 'content')?.trim();
      if (name && content && !metas.has(name)) metas.set(name, content);
    } else if (element.tagName === 'link' && canonical === undefined && attr(element, 'rel')?.toLowerCase().split(/\s+/).includes('canonical')) {
      canonical = attr(element, 'href')?.trim();
    } else if (element.tagName === 'title' && pageTitle === undefined) {
      pageTitle = textOf(element, true).replace(/\s+/g, ' ').trim();
    } else if (element.tagName === 'h1' && headline === undefined) {
      headline = textOf(element, true).replace(/\s+/g, ' ').trim();
    }
    return !['script', 'style', 'template', 'svg', 'math'].includes(element.tagName);
  });
  const meta = (...names: string[]) => names.map((name) => metas.get(name.toLowerCase())).find(Boolean);
  const title = meta('og:title', 'twitter:title', 'dc.title') ?? (pageTitle || headline || undefined);
  const published = meta('article:published_time', 'datePublished', 'dc.date', 'date', 'pubdate');
  const url = meta('og:url') ?? canonical;
  const result: SourceDocument['metadata'] = {};
  if (title) result.title = title;
  const publisher = meta('og:site_name', 'publisher', 'dc.publisher');
  if (publisher) result.publisher = publisher;
  const author = meta('author', 'article:author', 'dc.creator');
  if (author) result.author = author;
  const date = published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (date) result.publishedDate = date;
  if (url && /^https?:\/\//i.test(url)) result.url = url;
  return result;
}
