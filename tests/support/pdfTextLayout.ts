import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One line of text as poppler's pdftohtml reads it: where it sits (points, from the top left) and in which font. */
export interface TextLine {
  text: string;
  top: number;
  left: number;
  height: number;
  /** The font's size in points. */
  fontSize: number;
  /** The font's full name ("ABCDEF+Tinos-Bold", "LiberationSerif-Bold"). */
  fontName: string;
}

export interface PageText {
  height: number;
  lines: TextLine[];
}

const unescape = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A PDF's pages as lines of text with their fonts, read by `pdftohtml -xml` at 72 dpi. A line
 * changes font where its size or weight changes, so a page number printed larger than the word
 * "Page" comes out as a line of its own.
 */
export function pdfTextLayout(bytes: Uint8Array): PageText[] {
  const dir = mkdtempSync(join(tmpdir(), 'brieflink-pdf-layout-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '1', '-fontfullname', '-q', file], { encoding: 'utf8' });
    const fonts = new Map<string, { size: number; name: string }>();
    for (const [, id, size, name] of xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)" family="([^"]*)"/g)) fonts.set(id, { size: Number(size), name });
    return [...xml.matchAll(/<page number="\d+"[^>]*height="([\d.]+)"[^>]*>([\s\S]*?)<\/page>/g)].map(([, height, body]) => ({
      height: Number(height),
      lines: [...body.matchAll(/<text top="(-?[\d.]+)" left="(-?[\d.]+)" width="[\d.]+" height="([\d.]+)" font="(\d+)">([\s\S]*?)<\/text>/g)].map(
        ([, top, left, lineHeight, font, text]) => ({
          text: unescape(text),
          top: Number(top),
          left: Number(left),
          height: Number(lineHeight),
          fontSize: fonts.get(font)?.size ?? Number.NaN,
          fontName: fonts.get(font)?.name ?? '',
        }),
      ),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a program is on PATH. */
export function onPath(program: string): boolean {
  try {
    execFileSync('which', [program], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
