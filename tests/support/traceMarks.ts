// Reading Chromium's trace between two marks the page made (`performance.mark`), for the
// tests and benchmarks that watch what the page's renderer did over a stretch of time.

/** A trace event, as far as these readers look at it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** `src_file`: where the task was posted from, on a task event. */
  args?: { name?: string; beginData?: { partialLayout?: boolean }; src_file?: string };
}

/** The page's renderer process, and the time between the two marks it made. */
export function markedStretch(events: TraceEvent[], start: string, end: string): { pid: number; holds(event: TraceEvent): boolean } {
  const first = events.find((event) => event.name === start);
  const last = events.find((event) => event.name === end && event.pid === first?.pid);
  if (!first || !last) throw new Error(`the trace lacks the marks around the watched stretch (${start}, ${end})`);
  return { pid: first.pid, holds: (event) => event.pid === first.pid && event.ts > first.ts && event.ts < last.ts };
}
