/**
 * The length of a note as printed, against its template's page limit. When the template puts
 * the sources in an annex, the annex starts on a page of its own after the body and is outside
 * the limit: only the pages before it count.
 */
export interface PrintedLength {
  /** Every page of the PDF, annex included. */
  pageCount: number;
  /** Pages of the sources annex at the end of that count; 0 or absent when there is none. */
  annexPages?: number;
}

/** Pages that count against the limit: the ones before the annex. */
export function countedPages(length: PrintedLength): number {
  return Math.max(0, length.pageCount - (length.annexPages ?? 0));
}

/**
 * The annex's pages, from the page the annex starts on (1-based; null when the print has no
 * annex) and the pages of the whole print.
 */
export function annexPagesFrom(annexStartPage: number | null, pageCount: number): number {
  if (annexStartPage === null || annexStartPage < 1 || annexStartPage > pageCount) return 0;
  return pageCount - annexStartPage + 1;
}

export function isOverPageLimit(length: PrintedLength, pageLimit: number | undefined): boolean {
  return pageLimit !== undefined && countedPages(length) > pageLimit;
}

const pages = (count: number) => `${count} page${count === 1 ? '' : 's'}`;

/**
 * The length panel's line: "2 pages of 2 allowed", and when sources are in an annex
 * "2 pages of 2 allowed + 1 page of sources"; " — over the limit" when the counted pages are.
 */
export function describePrintedLength(length: PrintedLength, pageLimit: number | undefined): string {
  const annex = length.annexPages ?? 0;
  return (
    `${pages(countedPages(length))}${pageLimit ? ` of ${pageLimit} allowed` : ''}` +
    `${annex > 0 ? ` + ${pages(annex)} of sources` : ''}` +
    `${isOverPageLimit(length, pageLimit) ? ' — over the limit' : ''}`
  );
}

/** The warning before an export, when the counted pages are over the limit. */
export function pageLimitWarning(length: PrintedLength, pageLimit: number | undefined): string | null {
  if (!isOverPageLimit(length, pageLimit)) return null;
  const annex = length.annexPages ?? 0;
  return `${countedPages(length)} pages; the template allows ${pageLimit}${annex > 0 ? ` (the ${pages(annex)} of the sources annex not counted)` : ''}`;
}
