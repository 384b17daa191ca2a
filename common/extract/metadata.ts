import type { SourceDocument } from './types';
import { firstExplicitDate } from './dates';

export interface DocumentHeader {
  title: string;
  publisher: string;
  author: string | null;
  publishedDate: string | null;
  /** The text without the header lines (headline, byline, "Published …"), for the extractors. */
  body: string;
}

/** Lines at the top that may be headline, byline, dateline or source. */
const HEADER_LINES = 6;
const MAX_TITLE_LENGTH = 200;

const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|and))*?)(?:\s*[,|·—–]\s*(.+))?$/u;
const DATE_LINE = /^(?:Published|Posted|Updated|Date|Dated)\s*(?:on)?\s*:?\s*(.+)$/i;
const SOURCE_LINE = /^(?:Source|Publisher|Published by|Outlet)\s*:?\s+(.+)$/i;
/** "BRUSSELS, 15 March 2026 —" at the start of the first paragraph. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,40},\s+([^—–]{6,30}?)\s*[—–-]/u;

/** A line that reads like a headline: short, and not a sentence ending in a period. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 25 && line.length <= MAX_TITLE_LENGTH && !/[.:;,]$/.test(line);
}

/**
 * Title, publisher, author and publication date: from the file's metadata where present,
 * else from the first lines of the text.
 */
export function readHeader(doc: SourceDocument, today: string): DocumentHeader {
  const lines = doc.text.split(/\r?\n/);
  const meta = doc.metadata;
  let title = meta.title?.replace(/\s+/g, ' ').trim() ?? '';
  let publisher = meta.publisher?.trim() ?? '';
  let author = meta.author?.trim() || null;
  let publishedDate = meta.publishedDate && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedDate) ? meta.publishedDate : null;
  const headerLines = new Set<number>();
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i].replace(/\s+/g, ' ').trim();
    if (!line) continue;
    seen++;
    if (seen === 1 && isHeadline(line) && (!title || line.toLowerCase() === title.toLowerCase() || !meta.title)) {
      title ||= line;
      headerLines.add(i);
      continue;
    }
    const byline = BYLINE.exec(line);
    const dateLine = DATE_LINE.exec(line);
    const sourceLine = SOURCE_LINE.exec(line);
    if (byline && line.length < 120) {
      author ||= byline[1].trim();
      if (byline[2] && !firstExplicitDate(byline[2], today)) publisher ||= byline[2].trim();
      else if (byline[2]) publishedDate ||= firstExplicitDate(byline[2], today);
      headerLines.add(i);
    } else if (sourceLine && line.length < 120) {
      publisher ||= sourceLine[1].trim();
      headerLines.add(i);
    } else if (dateLine && line.length < 120 && firstExplicitDate(dateLine[1], today)) {
      publishedDate ||= firstExplicitDate(dateLine[1], today);
      const by = /\bby\s+(.+)$/i.exec(dateLine[1]);
      if (by) publisher ||= by[1].trim();
      headerLines.add(i);
    } else {
      // The dateline is header, not content: it leaves the body so it is not a key date.
      const dateline = DATELINE.exec(line);
      const date = dateline && firstExplicitDate(dateline[1], today);
      if (dateline && date) {
        publishedDate ||= date;
        lines[i] = lines[i].replace(/^\s*/, '').slice(dateline[0].length).trim();
      }
    }
  }
  const body = lines.filter((_, i) => !headerLines.has(i)).join('\n');
  if (!title) title = fallbackTitle(body) || doc.fileName?.replace(/\.[^.]+$/, '') || 'Untitled development';
  return { title, publisher, author, publishedDate, body };
}

/** The opening words of the text, cut at a word boundary. */
function fallbackTitle(body: string): string {
  const first = body.replace(/\s+/g, ' ').trim().slice(0, 120);
  if (first.length < 120) return first;
  return `${first.slice(0, first.lastIndexOf(' ') > 40 ? first.lastIndexOf(' ') : 120)}…`;
}
