// The figures the benchmarks hold to a target, in one table, and how a run records them.
// Every part prints its own detail; the figures recorded here are summed up at the end of a
// run, and across runs by `npm run bench -- --repeat N`, against their targets.
import fs from 'node:fs';

type Statistic = 'median' | 'p95' | 'value';

export interface Target {
  label: string;
  statistic: Statistic;
  /** The figure meets its target at or below this. */
  atMost: number;
  unit: 'ms' | 'MB' | 's';
}

export const TARGETS = {
  'search.100k.filtered': { label: 'search, 1–3 terms with a filter, 100,000 entries', statistic: 'p95', atMost: 5, unit: 'ms' },
  'search.1m.filtered': { label: 'search, 1–3 terms with a filter, 1,000,000 entries', statistic: 'p95', atMost: 10, unit: 'ms' },
  'library.100k.open': { label: 'library open at start-up, 100,000 entries', statistic: 'median', atMost: 200, unit: 'ms' },
  'library.100k.rss': { label: 'back end RSS while searching, 100,000 entries', statistic: 'value', atMost: 300, unit: 'MB' },
  'library.1m.rss': { label: 'back end RSS while searching, 1,000,000 entries', statistic: 'value', atMost: 300, unit: 'MB' },
  'library.100k.keystroke': { label: 'library search keystroke to results painted', statistic: 'p95', atMost: 100, unit: 'ms' },
  'editor.typeahead': { label: '"[[" keystroke to results painted, 100,000 entries', statistic: 'p95', atMost: 100, unit: 'ms' },
  'editor.insertSnippet': { label: 'insert a snippet, Enter to painted', statistic: 'p95', atMost: 16, unit: 'ms' },
  'editor.typing': { label: 'keystroke to painted, typing 10/s', statistic: 'p95', atMost: 16, unit: 'ms' },
  'editor.spelling': { label: 'keystroke to painted, typing 10/s with misspellings being checked and drawn', statistic: 'p95', atMost: 16, unit: 'ms' },
  'editor.pageCount': { label: 'new page count painted after the pause that triggers it', statistic: 'median', atMost: 300, unit: 'ms' },
  'review.typing': { label: 'keystroke to painted, 10/s, 200 comments, 200 suggestions', statistic: 'p95', atMost: 16, unit: 'ms' },
  'review.open': { label: 'open, click to painted, 200 comments and 200 suggestions', statistic: 'median', atMost: 500, unit: 'ms' },
  'import.pdf': { label: 'PDF import + extract, 5,000 words', statistic: 'median', atMost: 50, unit: 'ms' },
  'import.thousandFiles': { label: '1,000 files imported through the contract', statistic: 'value', atMost: 60, unit: 's' },
  'import.backendRss': { label: 'back end RSS with the import helper threads running', statistic: 'value', atMost: 300, unit: 'MB' },
  'import.backendRssPdf': { label: 'back end RSS after PDFs, both helpers with pdfjs', statistic: 'value', atMost: 300, unit: 'MB' },
  'startup.firstPaint': { label: 'browser host: spawn to first paint', statistic: 'median', atMost: 500, unit: 'ms' },
  'startup.notesList': { label: 'browser host: spawn to notes list usable', statistic: 'median', atMost: 800, unit: 'ms' },
  'pdf.twoPage.backToBack': { label: '2-page PDF, warm, back to back', statistic: 'median', atMost: 250, unit: 'ms' },
  'pdf.twoPage.afterPause': { label: '2-page PDF, warm, after a pause', statistic: 'median', atMost: 250, unit: 'ms' },
} as const satisfies Record<string, Target>;

export type FigureId = keyof typeof TARGETS;

/** Set by the runner: the file each recorded figure is appended to, one JSON line each (child processes inherit it). */
export const FIGURES_FILE_ENV = 'BRIEFLINK_BENCH_FIGURES';

/** The q-quantile of samples, as stats() prints it. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Records a targeted figure from its samples (or its single value), by the statistic its target names. */
export function record(id: FigureId, samples: readonly number[] | number): void {
  const { statistic } = TARGETS[id];
  const list = typeof samples === 'number' ? [samples] : samples;
  if (list.length === 0) return;
  const value = statistic === 'p95' ? quantile(list, 0.95) : statistic === 'median' ? quantile(list, 0.5) : list[0];
  const file = process.env[FIGURES_FILE_ENV];
  if (file) fs.appendFileSync(file, `${JSON.stringify({ id, value })}\n`);
}

/** The figures of one run, as recorded in its file (the last value where a figure was recorded twice). */
export function readFigures(file: string): Partial<Record<FigureId, number>> {
  if (!fs.existsSync(file)) return {};
  const figures: Partial<Record<FigureId, number>> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, value } = JSON.parse(line) as { id: FigureId; value: number };
    if (id in TARGETS) figures[id] = value;
  }
  return figures;
}

const show = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

/**
 * A table of every figure recorded in any run: each run's value, the median across runs,
 * the spread (highest minus lowest), the target, and whether the median misses it.
 */
export function summaryTable(runs: ReadonlyArray<Partial<Record<FigureId, number>>>): string {
  const lines = [`Figures against their targets, ${runs.length} run${runs.length === 1 ? '' : 's'} (median across runs; spread = highest − lowest):`];
  let misses = 0;
  for (const [id, target] of Object.entries(TARGETS) as Array<[FigureId, Target]>) {
    const values = runs.map((run) => run[id]).filter((value): value is number => value !== undefined);
    if (values.length === 0) continue;
    const median = quantile(values, 0.5);
    const spread = Math.max(...values) - Math.min(...values);
    const miss = median > target.atMost;
    if (miss) misses++;
    const runsText = values.map(show).join(' / ');
    lines.push(
      `  ${miss ? 'MISS' : 'ok  '} ${target.label.padEnd(58)} ${target.statistic.padEnd(6)} ${show(median).padStart(6)} ${target.unit}` +
        ` (spread ${show(spread)}; runs ${runsText})  target ≤ ${target.atMost} ${target.unit}`,
    );
  }
  lines.push(misses === 0 ? '  Every recorded figure meets its target.' : `  ${misses} figure${misses === 1 ? '' : 's'} miss their target.`);
  return lines.join('\n');
}
