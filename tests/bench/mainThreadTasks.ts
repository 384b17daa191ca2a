// The page's main-thread tasks over a stretch of time, from Chromium's own trace: how long
// the thread that runs the app's scripts and paints its frames was blocked at a stretch.
//
// Watching from inside the page would change what is watched: a loop of messages that
// notices gaps keeps the thread busy all the time, and the kernel then shares the processor
// between it and every other busy process in slices of several milliseconds, gaps that an
// app idle between tasks never sees. The trace costs the page little: it only records.
import type { Browser, Page } from 'playwright-core';
import { markedStretch, type TraceEvent } from '../support/traceMarks';

const START = 'bench-tasks-start';
const END = 'bench-tasks-end';

/**
 * The longest task run by the page's main thread (in ms) between the two marks: a script,
 * an event, a timer or a rendering frame (style, layout, paint and commit), each from start to end.
 */
export function longestTask(events: TraceEvent[]): number {
  const stretch = markedStretch(events, START, END);
  const main = events.find((event) => event.name === 'thread_name' && event.pid === stretch.pid && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error("the trace lacks the page's main thread");
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && event.tid === main.tid && stretch.holds(event));
  return Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000));
}

/** Starts tracing the page's main-thread tasks; the returned function stops and gives the longest task since. */
export async function watchTasks(browser: Browser, page: Page): Promise<() => Promise<number>> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.evaluate((name) => performance.mark(name), START);
  return async () => {
    await page.evaluate((name) => performance.mark(name), END);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return longestTask(trace.traceEvents);
  };
}
