import { findScheme, type MarkingPlacement } from '../classification';
import type { Template } from '../template';
import { cssFontFamily, cssString } from './escape';
import { shippedFontFor } from './shippedFonts';

/** What goes on every printed page besides the body. */
export interface PageFurniture {
  /** The classification marking as printed (already one line; upper-cased here). */
  marking: string;
  /** The running header's text (e.g. "File number: 1234 · Date: 2026-03-01"), or empty. */
  runningHeader: string;
}

const PAPER_SIZES: Record<string, string> = { A4: 'A4', Letter: 'letter' };

function finiteOr(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Where the marking goes: the template's override, else its scheme's rule, else top and bottom. */
export function markingPlacement(template: Pick<Template, 'print' | 'classificationScheme'>): MarkingPlacement {
  return template.print.markingPlacement ?? findScheme(template.classificationScheme)?.placement ?? 'top-and-bottom-every-page';
}

/** The CSS font-family for a template: the shipped equivalent first, then the template's own list. */
export function printFontFamily(template: Pick<Template, 'print'>): string {
  return cssFontFamily(`${shippedFontFor(template.print.fontFamily)}, ${template.print.fontFamily}`);
}

/**
 * The @page rules: paper, margins, the marking per its placement (bold capitals), the running
 * header and "Page X of Y" in the bottom right. Margin boxes live in the page margins, outside
 * the document's content.
 */
export function pageCss(template: Pick<Template, 'print' | 'classificationScheme'>, furniture: PageFurniture): string {
  const paper = PAPER_SIZES[template.print.paper] ?? 'A4';
  const margin = finiteOr(template.print.marginMm, 25, 5, 50);
  const font = printFontFamily(template);
  const marking = `content: ${cssString(furniture.marking.toUpperCase())}; font-family: ${font}; font-size: 10pt; font-weight: bold;`;
  const header = furniture.runningHeader
    ? `@top-left { content: ${cssString(furniture.runningHeader)}; font-family: ${font}; font-size: 9pt; }`
    : '';
  const pageNumber = `@bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: ${font}; font-size: 9pt; }`;
  const placement = markingPlacement(template);
  const everyPage =
    placement === 'top-and-bottom-every-page'
      ? `@top-center { ${marking} }\n  @bottom-center { ${marking} }`
      : placement === 'top-right-every-page'
        ? `@top-right { ${marking} }`
        : '';
  const firstPageOnly = placement === 'top-right-first-page' ? `@page :first {\n  @top-right { ${marking} }\n}` : '';
  return `
@page {
  size: ${paper};
  margin: ${margin}mm;
  ${everyPage}
  ${header}
  ${pageNumber}
}
${firstPageOnly}`;
}

/** Type and block styles for the print document. */
export function documentCss(template: Pick<Template, 'print'>): string {
  const fontSize = finiteOr(template.print.fontSizePt, 12, 6, 24);
  const font = printFontFamily(template);
  return `
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
code { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.9em; }
a { color: inherit; }
hr { border: 0; border-top: 0.75pt solid #000; margin: 0.8em 0; }
.banner { font-size: 1.3em; font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; margin: 0 0 0.6em; }
table.metadata { border-collapse: collapse; margin: 0 0 1.2em; break-inside: avoid; }
table.metadata th, table.metadata td { text-align: left; vertical-align: top; padding: 0.15em 1em 0.15em 0; }
table.metadata th { font-weight: bold; white-space: nowrap; }
table.body-table { border-collapse: collapse; width: 100%; margin: 0 0 0.8em; }
table.body-table thead { display: table-header-group; }
table.body-table tr { break-inside: avoid; page-break-inside: avoid; }
table.body-table th, table.body-table td { border: 0.75pt solid #000; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
table.body-table th { font-weight: bold; background: #eee; }
table.body-table p { margin: 0; }
.page-break { break-after: page; page-break-after: always; height: 0; }
.decision { break-inside: avoid; page-break-inside: avoid; margin: 1em 0; }
.decision-options { margin: 0 0 0.8em; }
.decision-option { margin-right: 2.5em; }
.signature-line { display: flex; align-items: flex-end; margin: 1.6em 0 0; }
.signature-label { min-width: 6em; }
.signature-blank { flex: 1; max-width: 10cm; border-bottom: 0.75pt solid #000; }
.watermark { position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%) rotate(-45deg);
  font-size: 110pt; font-weight: bold; color: #d9d9d9; z-index: -1; white-space: nowrap; }
`;
}
