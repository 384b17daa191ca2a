import { z } from 'zod';

/**
 * Where the Sources list prints: at the end of the body, or as an annex starting on a new page
 * after it. Many departments put sources in an annex, outside the note's page limit: the page
 * count then counts only the pages before the annex (common/printedLength.ts).
 */
export const SOURCES_PLACEMENTS = ['end-of-body', 'annex'] as const;
export const sourcesPlacementSchema = z.enum(SOURCES_PLACEMENTS);
export type SourcesPlacement = z.infer<typeof sourcesPlacementSchema>;

export const SOURCES_PLACEMENT_LABELS: Record<SourcesPlacement, string> = {
  'end-of-body': 'At the end of the note, within the page limit',
  annex: 'In an annex on a new page, outside the page limit',
};

export const DEFAULT_ANNEX_HEADING = 'Annex: Sources';

export const annexHeadingSchema = z.string().trim().min(1, 'name the annex, or leave it out for “Annex: Sources”').max(80, 'at most 80 characters');

/** A template's print settings as far as sources go (structural, so template.ts can import this file's schemas). */
type PrintOf = { print: { sourcesPlacement?: SourcesPlacement; sourcesAnnexHeading?: string } };

export function sourcesInAnnex(template: PrintOf): boolean {
  return template.print.sourcesPlacement === 'annex';
}

/** The heading over the Sources list: "Sources", or the annex's heading ("Annex: Sources" unless the template names it). */
export function sourcesHeading(template: PrintOf): string {
  if (!sourcesInAnnex(template)) return 'Sources';
  return template.print.sourcesAnnexHeading?.trim() || DEFAULT_ANNEX_HEADING;
}

/**
 * Where the annex starts in the real print layout. The page-count pass (never the export) puts
 * an invisible, zero-height link to this made-up address at the top of the annex, as it marks
 * section ends (sectionEnds.ts): the page whose link annotation has it is the annex's first
 * page. The `.invalid` domain can never resolve.
 */
export const ANNEX_START_URL = 'https://brieflink.invalid/annex-start';

export function annexStartMarkerHtml(): string {
  return (
    '<div class="annex-start" aria-hidden="true" style="height: 0; margin: 0; padding: 0; border: 0">' +
    `<a href="${ANNEX_START_URL}" style="position: absolute; font-size: 1px; line-height: 1px; color: transparent; text-decoration: none">.</a>` +
    '</div>'
  );
}

/** The annex starts a page of its own, its heading at the top of it. */
export const ANNEX_CSS = 'section.sources.annex { break-before: page; page-break-before: always; margin-top: 0; } section.sources.annex h2 { margin-top: 0; }';
