import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../../renderer/timing/afterNextPaint';

/** Animation frames run only when the test says a frame happens, as in a window that paints. */
let frames: Map<number, FrameRequestCallback>;
let nextFrame: number;

function paintFrame(): void {
  const due = [...frames.values()];
  frames.clear();
  due.forEach((callback) => callback(performance.now()));
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  nextFrame = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextFrame, callback);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  vi.stubGlobal('document', { visibilityState: 'visible' });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs in the task after the next frame, not before it', () => {
    const work = vi.fn();
    afterNextPaint(work)();
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    paintFrame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs once for any number of asks before it runs, and again for an ask after', () => {
    const work = vi.fn();
    const ask = afterNextPaint(work);
    ask();
    ask();
    paintFrame();
    ask();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    ask();
    paintFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('waits for the frame however long it takes in a visible window', () => {
    const work = vi.fn();
    afterNextPaint(work)();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
    paintFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('still runs in a hidden window, which paints no frames, after at most 100 ms', () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    const work = vi.fn();
    afterNextPaint(work)();
    vi.advanceTimersByTime(99);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    // The frame that comes later finds nothing left to do.
    paintFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled, before or after its frame', () => {
    const work = vi.fn();
    const ask = afterNextPaint(work);
    ask();
    ask.cancel();
    paintFrame();
    vi.advanceTimersByTime(1000);
    ask();
    paintFrame();
    ask.cancel();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
  });
});
