import { describe, expect, it } from 'vitest';
import { longestTasks } from '../../bench/mainThreadTasks';

const PAGE = 7;
const MAIN = 1;
const task = (ts: number, dur: number, pid = PAGE, tid = MAIN, srcFile = 'third_party/blink/renderer/core/frame/dom_timer.cc') => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  args: { src_file: srcFile },
});
const mark = (name: string, ts: number) => ({ name, ph: 'R', pid: PAGE, tid: MAIN, ts });
const threads = [
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: PAGE, tid: 2, ts: 0, args: { name: 'Compositor' } },
  { name: 'thread_name', ph: 'M', pid: 9, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
];

describe('longestTasks (the autosave bench figures)', () => {
  it("is the page main thread's longest task between the marks, in ms", () => {
    const events = [...threads, mark('bench-tasks-start', 1000), task(2000, 3000), task(9000, 7500), task(20000, 1000), mark('bench-tasks-end', 30000)];
    expect(longestTasks(events)).toEqual({ page: 7.5, heap: 0 });
  });

  it('leaves out other threads, other pages and tasks outside the marks', () => {
    const events = [
      ...threads,
      task(500, 50000),
      mark('bench-tasks-start', 1000),
      task(2000, 2000),
      task(3000, 40000, PAGE, 2),
      task(3000, 40000, 9, 1),
      mark('bench-tasks-end', 30000),
      task(31000, 50000),
    ];
    expect(longestTasks(events)).toEqual({ page: 2, heap: 0 });
  });

  it('says what is missing from a trace without the marks or the main thread', () => {
    expect(() => longestTasks([...threads, task(2000, 3000)])).toThrow(/marks/);
    expect(() => longestTasks([mark('bench-tasks-start', 1000), mark('bench-tasks-end', 3000)])).toThrow(/main thread/);
  });

  it("counts the tasks V8's heap posted for its garbage collection apart", () => {
    const events = [
      ...threads,
      mark('bench-tasks-start', 1000),
      task(2000, 3000),
      task(6000, 27000, PAGE, MAIN, 'v8/src/heap/incremental-marking-job.cc'),
      task(40000, 1500, PAGE, MAIN, 'v8/src/heap/scavenge-job.cc'),
      mark('bench-tasks-end', 50000),
    ];
    expect(longestTasks(events)).toEqual({ page: 3, heap: 27 });
  });
});
