import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { SourceDocument } from '../../../common/extract/types';
import { decodeText, tidyParagraphs } from './decodeText';
import { importError } from './importError';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption';

/**
 * A saved web page. The page is sanitized first (DOMPurify drops scripts, event handlers,
 * styles and frames), then Mozilla Readability finds the article in what is left; only
 * plain text and a few metadata values leave this function, so no markup is ever stored.
 * jsdom runs with scripts disabled and no resource loading, so nothing in the page executes.
 */
export function readHtml(bytes: Uint8Array, fileName: string): SourceDocument {
  const source = decodeText(bytes, fileName);
  // One parse: metadata is read from the head, then the body is sanitized in place and searched.
  const dom = new JSDOM(source);
  const doc = dom.window.document;
  try {
    const metadata = readMetadata(doc);
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
    for (const node of doc.head.querySelectorAll('script, style, noscript, template, iframe')) node.remove();
    purify.sanitize(doc.body, { IN_PLACE: true, FORBID_TAGS: ['style', 'form', 'iframe', 'object', 'embed', 'svg', 'math'] });
    const article = new Readability(doc, { charThreshold: 200, serializer: (el: Node) => el as unknown as string }).parse();
    const content = article?.content as unknown as HTMLElement | null | undefined;
    const text = textOf(content ?? doc.body);
    if (!text) {
      throw importError(fileName, 'this page has no readable text once scripts and markup are removed.');
    }
    const title = metadata.title ?? article?.title?.trim();
    const publisher = metadata.publisher ?? article?.siteName?.trim();
    return {
      fileName,
      text,
      metadata: { ...metadata, ...(title ? { title } : {}), ...(publisher ? { publisher } : {}) },
    };
  } finally {
    dom.window.close();
  }
}

function textOf(root: HTMLElement): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = blocks.length > 0 ? blocks.map((el) => el.textContent ?? '') : [root.textContent ?? ''];
  return tidyParagraphs(parts.map((part) => part.replace(/\s+/g, ' ').trim()).join('\n\n'));
}

function readMetadata(doc: Document): SourceDocument['metadata'] {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const title = meta('og:title', 'twitter:title', 'dc.title') ?? (doc.title.trim() || undefined);
  const published = meta('article:published_time', 'datePublished', 'dc.date', 'date', 'pubdate');
  const url = meta('og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
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
