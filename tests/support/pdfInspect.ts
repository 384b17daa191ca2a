import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text with where it sits on the page (PDF units, origin bottom left). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  /** True when the run is inside an /Artifact marked-content sequence. */
  artifact: boolean;
}

export interface PdfPageLayout {
  width: number;
  height: number;
  runs: PlacedText[];
  /** Whether pdfjs found a structure tree for the page. */
  hasStructTree: boolean;
}

export interface PdfInspection {
  pages: PdfPageLayout[];
  info: Record<string, unknown>;
  outline: { title: string; items: PdfInspection['outline'] }[];
}

/** Reads a PDF with pdfjs-dist: where each run of text is, artifact or not, and the document's properties. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPageLayout[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent({ includeMarkedContent: true });
      const runs: PlacedText[] = [];
      const tags: string[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          // pdfjs gives the marked-content tag at run time; its types leave it out.
          const tag = (item as { tag?: string }).tag ?? '';
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') tags.push(tag);
          else if (item.type === 'endMarkedContent') tags.pop();
          continue;
        }
        if (item.str.trim() === '') continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        runs.push({ str: item.str, x, y, artifact: tags.includes('Artifact') });
      }
      const tree = await page.getStructTree();
      pages.push({ width, height, runs, hasStructTree: tree !== null && (tree.children?.length ?? 0) > 0 });
      page.cleanup();
    }
    const metadata = await doc.getMetadata();
    const outline = ((await doc.getOutline()) ?? []) as PdfInspection['outline'];
    return { pages, info: { ...(metadata.info as Record<string, unknown>) }, outline };
  } finally {
    await task.destroy();
  }
}

/** Runs of one page joined on one line, for matching phrases split across runs. */
export function lineText(runs: readonly PlacedText[]): string {
  return runs.map((run) => run.str).join(' ').replace(/\s+/g, ' ');
}

/** Runs whose text is in the top or bottom `fraction` of the page. */
export function runsNear(page: PdfPageLayout, edge: 'top' | 'bottom', fraction = 0.1): PlacedText[] {
  return page.runs.filter((run) => (edge === 'top' ? run.y > page.height * (1 - fraction) : run.y < page.height * fraction));
}

/** Runs poppler's tools on a PDF written to a temporary file. */
function withTempPdf<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'brieflink-pdf-'));
  try {
    const file = join(dir, 'check.pdf');
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fonts poppler's pdffonts lists, with whether each is embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean }[] {
  const out = withTempPdf(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type words…, encoding, emb, sub, uni, object, generation: emb is 6th from the end.
      return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' };
    });
}

/** qpdf --check's verdict: a pass only with exit status 0 (no errors, no warnings); its output for messages. */
export function qpdfCheck(bytes: Uint8Array): { ok: boolean; output: string } {
  return withTempPdf(bytes, (file) => {
    try {
      const output = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
      return { ok: true, output };
    } catch (error) {
      const failed = error as { status?: number; stdout?: string; stderr?: string };
      return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''} (exit ${failed.status})` };
    }
  });
}
