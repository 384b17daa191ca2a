import { sourceLine, sourceLinkUrl, type Citations } from '../citations';
import { escapeHtml } from './escape';
import { annexStartMarkerHtml, ANNEX_CSS } from './sourcesAnnex';

/** How the list prints: its heading, and as an annex on a new page (marked where it starts for the page count) or not. */
export interface SourcesLayout {
  heading: string;
  annex: boolean;
  markAnnexStart?: boolean;
}

/**
 * Citations in the print document: the superscript marker after a linked snippet's text,
 * linking to its entry in the numbered Sources list at the end of the note.
 */
export function citationMarkerHtml(number: number): string {
  return `<sup class="citation"><a href="#source-${number}" aria-label="Source ${number}">[${number}]</a></sup>`;
}

/** The Sources list, or nothing when no source is cited. Every value from the note is escaped; only http/https URLs become links. */
export function sourcesHtml(citations: Citations, layout: SourcesLayout = { heading: 'Sources', annex: false }): string {
  if (citations.sources.length === 0) return '';
  const items = citations.sources.map(({ number, source }) => {
    const link = sourceLinkUrl(source.url);
    const url = link
      ? ` <a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`
      : source.url?.trim()
        ? ` ${escapeHtml(source.url.trim())}`
        : '';
    return `<li id="source-${number}" value="${number}">${escapeHtml(sourceLine(source))}${url}</li>`;
  });
  const marker = layout.annex && layout.markAnnexStart ? annexStartMarkerHtml() : '';
  return `<section class="${layout.annex ? 'sources annex' : 'sources'}" aria-labelledby="sources-heading">${marker}<h2 id="sources-heading">${escapeHtml(layout.heading)}</h2><ol>${items.join('')}</ol></section>`;
}

export const SOURCES_CSS =
  'sup.citation { font-size: 0.7em; line-height: 0; } sup.citation a { color: inherit; text-decoration: none; } ' +
  'section.sources { margin-top: 2em; } section.sources li { overflow-wrap: anywhere; } ' +
  ANNEX_CSS;
