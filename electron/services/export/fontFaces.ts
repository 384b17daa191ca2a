import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cssString } from '../../../common/print/escape';
import type { ShippedFont } from '../../../common/print/shippedFonts';

/**
 * The character subsets @fontsource splits each family into. Latin is always embedded; the
 * others only when the note has characters in their range: every embedded file costs print
 * time (the data: URLs are parsed with the page), about 100 ms for four latin-ext files.
 */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese', 'hebrew'] as const;
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

/** Built rules per family and subset ('' when the family has no such subset). */
const cache = new Map<string, string>();

/** The folder of an installed @fontsource package. */
function packageDir(family: ShippedFont): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`@fontsource/${family.toLowerCase()}/package.json`));
}

/** Code point intervals of a CSS unicode-range ("U+0100-02BA,U+0304"). */
function parseRange(range: string): [number, number][] {
  return range.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?\s*$/.exec(part);
    if (!match) return [];
    const from = parseInt(match[1]!, 16);
    return [[from, match[2] ? parseInt(match[2], 16) : from] as [number, number]];
  });
}

function usesRange(codePoints: ReadonlySet<number>, intervals: [number, number][]): boolean {
  for (const code of codePoints) {
    if (intervals.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}

/** The four faces (regular, bold, italic, bold italic) of one subset, as @font-face rules. */
function subsetRules(family: ShippedFont, dir: string, subset: string, range: string): string {
  const key = `${family}/${subset}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const slug = family.toLowerCase();
  const rules = FACES.flatMap((face) => {
    const file = path.join(dir, 'files', `${slug}-${subset}-${face.weight}-${face.style}.woff2`);
    if (!existsSync(file)) return [];
    const data = readFileSync(file).toString('base64');
    return [
      `@font-face { font-family: ${cssString(family)}; font-style: ${face.style}; font-weight: ${face.weight}; ` +
        `font-display: block; src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${range}; }`,
    ];
  }).join('\n');
  cache.set(key, rules);
  return rules;
}

/**
 * @font-face rules for a shipped family, regular and bold, upright and italic, with the
 * woff2 files inlined as data: URLs so the print page loads nothing: the latin subset, and
 * each other subset that `text` (what will be printed) has characters from.
 */
export function fontFaceCss(family: ShippedFont, text: string): string {
  const dir = packageDir(family);
  const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const codePoints = new Set<number>();
  // Only characters past ASCII decide; a regular expression finds them far quicker than stepping through every character.
  for (const [ch] of text.matchAll(/[^\x00-\x7f]/gu)) codePoints.add(ch.codePointAt(0)!);
  return SUBSETS.flatMap((subset) => {
    const range = ranges[subset];
    if (!range || !/^[U+0-9A-Fa-f?,\s-]+$/.test(range)) return [];
    if (subset !== 'latin' && !usesRange(codePoints, parseRange(range))) return [];
    return [subsetRules(family, dir, subset, range)];
  })
    .filter((rules) => rules !== '')
    .join('\n');
}
