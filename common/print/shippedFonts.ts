/**
 * The font families Brieflink ships (from @fontsource, metric-compatible with the usual
 * office fonts), so a PDF looks the same on every machine. A template names fonts as people
 * know them; this maps the first name with a shipped equivalent to it.
 */
export const SHIPPED_FONTS = ['Arimo', 'Tinos', 'Carlito'] as const;
export type ShippedFont = (typeof SHIPPED_FONTS)[number];

const EQUIVALENTS: Record<string, ShippedFont> = {
  arimo: 'Arimo',
  arial: 'Arimo',
  helvetica: 'Arimo',
  'helvetica neue': 'Arimo',
  'liberation sans': 'Arimo',
  'sans-serif': 'Arimo',
  tinos: 'Tinos',
  times: 'Tinos',
  'times new roman': 'Tinos',
  'liberation serif': 'Tinos',
  serif: 'Tinos',
  carlito: 'Carlito',
  calibri: 'Carlito',
};

/** The shipped family for a template's comma-separated font list; Tinos when nothing matches. */
export function shippedFontFor(fontFamilyList: string): ShippedFont {
  for (const raw of fontFamilyList.split(',')) {
    const name = raw.trim().replace(/^(["'])(.*)\1$/s, '$2').trim().toLowerCase();
    const found = EQUIVALENTS[name];
    if (found) return found;
  }
  return 'Tinos';
}
