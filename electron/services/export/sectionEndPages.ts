import { SECTION_END_URL_PREFIX } from '../../../common/print/sectionEnds';
import { markerLinkPages } from './markerLinks';

/** Template section index → the page its section-end marker fell on, from the markers read back (markerLinks.ts). */
export function sectionEndsFrom(markers: ReadonlyMap<string, number>): Map<number, number> {
  const found = new Map<number, number>();
  for (const [uri, page] of markers) {
    if (!uri.startsWith(SECTION_END_URL_PREFIX)) continue;
    const section = Number(uri.slice(SECTION_END_URL_PREFIX.length));
    // A marker split over two pages cannot happen (it is one character), but keep the last page if it did.
    if (Number.isInteger(section)) found.set(section, Math.max(found.get(section) ?? 0, page));
  }
  return found;
}

/**
 * Reads back, from a PDF printed with section-end markers (common/print/sectionEnds.ts), on
 * which page each marker fell: template section index → page number (1-based).
 */
export async function sectionEndPages(pdf: Uint8Array): Promise<Map<number, number>> {
  return sectionEndsFrom(await markerLinkPages(pdf));
}
