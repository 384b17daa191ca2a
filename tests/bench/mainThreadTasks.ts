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

/** The longest main-thread tasks of a stretch, in ms. */
export interface LongestTasks {
  /** Scripts, events, timers and rendering frames (style, layout, paint and commit), each from start to end. */
  page: number;
  /**
   * Tasks V8 posts for its own garbage collection (finishing a major collection's marking, a
   * scavenge job, the memory reducer): they run when V8 schedules them, often well after the
   * allocations that called for them.
   */
  heap: number;
}

/** Posted by V8's heap: its garbage-collection jobs. */
const isHeapTask = (task: TraceEvent) => task.args?.src_file?.startsWith('v8/src/heap/') === true;

/** The longest tasks run by the page's main thread between the two marks, V8's heap tasks apart. */
export function longestTasks(events: TraceEvent[]): LongestTasks {
  const stretch = markedStretch(events, START, END);
  const main = events.find((event) => event.name === 'thread_name' && event.pid === stretch.pid && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error("the trace lacks the page's main thread");
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && event.tid === main.tid && stretch.holds(event));
  const longest = (some: TraceEvent[]) => Math.max(0, ...some.map((task) => (task.dur ?? 0) / 1000));
  return { page: longest(tasks.filter((task) => !isHeapTask(task))), heap: longest(tasks.filter(isHeapTask)) };
}

/** Starts tracing the page's main-thread tasks; the returned function stops and gives the longest tasks since. */
export async function watchTasks(browser: Browser, page: Page): Promise<() => Promise<LongestTasks>> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.evaluate((name) => performance.mark(name), START);
  return async () => {
    await page.evaluate((name) => performance.mark(name), END);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return longestTasks(trace.traceEvents);
  };
}
