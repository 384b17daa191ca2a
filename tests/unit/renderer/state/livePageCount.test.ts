import { describe, expect, it } from 'vitest';
import type { FirstPageCheck } from '../../../../common/firstPage';
import { createLivePageCount } from '../../../../renderer/state/livePageCount';
import type { AfterNextPaint } from '../../../../renderer/timing/afterNextPaint';

/** Frames paint only when the test says so; counts answer only when the test says so. */
function harness() {
  const frame = new Set<() => void>();
  const afterPaint = (work: () => void): AfterNextPaint => {
    let asked = false;
    const run = () => {
      frame.delete(run);
      asked = false;
      work();
    };
    return Object.assign(
      () => {
        if (asked) return;
        asked = true;
        frame.add(run);
      },
      {
        cancel: () => {
          frame.delete(run);
          asked = false;
        },
      },
    );
  };
  const requests: { answer(pages: number, firstPage?: FirstPageCheck[], annexPages?: number): Promise<void>; fail(message: string): Promise<void> }[] = [];
  const count = () =>
    new Promise<{ pageCount: number; annexPages?: number; firstPage?: FirstPageCheck[] }>((resolve, reject) => {
      requests.push({
        answer: async (pages, firstPage, annexPages) => {
          resolve({ pageCount: pages, firstPage, annexPages });
          await settle();
        },
        fail: async (message) => {
          reject(new Error(message));
          await settle();
        },
      });
    });
  const live = createLivePageCount(count, afterPaint);
  const paint = () => [...frame].forEach((run) => run());
  return { live, requests, paint };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the live page count', () => {
  it('is counting from a save, asks once the next frame is painted, and shows the answer', async () => {
    const { live, requests, paint } = harness();
    expect(live.store.get()).toEqual({ pages: null, annexPages: 0, failed: null, firstPage: [], counting: false });
    live.countSaved();
    expect(live.store.get().counting).toBe(true);
    expect(requests).toHaveLength(0);
    paint();
    expect(requests).toHaveLength(1);
    await requests[0].answer(2);
    expect(live.store.get()).toEqual({ pages: 2, annexPages: 0, failed: null, firstPage: [], counting: false });
    // A sources annex printed after the body: its pages are kept apart, outside the limit.
    live.countSaved();
    paint();
    await requests[1].answer(3, [], 1);
    expect(live.store.get()).toMatchObject({ pages: 3, annexPages: 1, counting: false });
  });

  it('asks once for saves made before the frame', () => {
    const { live, requests, paint } = harness();
    live.countSaved();
    live.countSaved();
    live.countSaved();
    paint();
    expect(requests).toHaveLength(1);
  });

  it('sends one request at a time; saves made meanwhile are counted, the newest only, when it answers, and its stale answer is dropped', async () => {
    const { live, requests, paint } = harness();
    live.countSaved();
    paint();
    live.countSaved();
    paint();
    live.countSaved();
    paint();
    expect(requests).toHaveLength(1);
    await requests[0].answer(3);
    // A newer save was waiting: the answer for the older one is not shown, and the newer one is asked.
    expect(live.store.get()).toMatchObject({ pages: null, counting: true });
    expect(requests).toHaveLength(2);
    await requests[1].answer(4);
    expect(live.store.get()).toMatchObject({ pages: 4, counting: false });
  });

  it('keeps the last count and says why when counting fails', async () => {
    const { live, requests, paint } = harness();
    live.countSaved();
    paint();
    await requests[0].answer(2);
    live.countSaved();
    paint();
    await requests[1].fail('The print engine is not available.');
    expect(live.store.get()).toEqual({ pages: 2, annexPages: 0, failed: 'The print engine is not available.', firstPage: [], counting: false });
  });

  it('asks nothing for a save whose frame comes after the note closed', () => {
    const { live, requests, paint } = harness();
    live.countSaved();
    live.cancel();
    paint();
    expect(requests).toHaveLength(0);
  });
});
