import type { RangeDescription } from './misspeltRanges';

/** The highlight's name, as spelling.css styles it: `::highlight(misspelt)`. */
export const MISSPELT_HIGHLIGHT = 'misspelt';

/**
 * Shows misspellings with the CSS Custom Highlight API: the browser draws the underline
 * over the text, and the editor's DOM (which Lexical owns) is never touched. StaticRanges
 * are used since the ranges are rebuilt after every editor update anyway, and a static
 * range costs the browser nothing while the DOM changes. Where the API is missing
 * (browsers before it), nothing is drawn.
 */
export function showMisspellings(ranges: readonly RangeDescription<Text>[]): void {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return;
  if (ranges.length === 0) {
    CSS.highlights.delete(MISSPELT_HIGHLIGHT);
    return;
  }
  CSS.highlights.set(MISSPELT_HIGHLIGHT, new Highlight(...ranges.map((range) => new StaticRange(range))));
}

export function clearMisspellings(): void {
  if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.delete(MISSPELT_HIGHLIGHT);
}
