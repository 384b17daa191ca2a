import type { FirstPageCheck } from '../../common/firstPage';
import { messageOf } from '../../common/messageOf';
import { afterNextPaint, type AfterNextPaint } from '../timing/afterNextPaint';
import { createValueStore, type ValueStore } from './valueStore';

/** The open note's page count as last printed, and whether a newer save is still being counted. */
export interface PageCount {
  /** Null before the first count. */
  pages: number | null;
  /** Pages of a sources annex at the end of `pages`, outside the page limit. */
  annexPages: number;
  failed: string | null;
  firstPage: FirstPageCheck[];
  /** True from a save until the count of the newest save is in. */
  counting: boolean;
}

const NOT_COUNTED: PageCount = { pages: null, annexPages: 0, failed: null, firstPage: [], counting: false };

const samePageCount = (a: PageCount, b: PageCount) =>
  a.pages === b.pages && a.annexPages === b.annexPages && a.failed === b.failed && a.firstPage === b.firstPage && a.counting === b.counting;

/**
 * The page count of the note as saved, from the real print layout: the back end prints the
 * saved note with the same HTML and engine as the export. Asked when the note opens and
 * again after every save (`countSaved`), so the draft crosses to the back end once, with the save.
 * One request at a time: saves made while the back end counts are counted when it answers,
 * the newest only, so a long note is never queued for printing over and over. An answer
 * that arrives when a newer save is waiting to be counted is dropped.
 *
 * The count is asked for once the frame showing the save is painted: printing a long note
 * keeps the back end and a print engine busy for a good part of a second, and started at
 * once it competed with that frame for the processor. (Interleaved runs on a two-core
 * machine, longest main-thread task around an autosave: 8.2–9.0 ms median, p95 11–14 ms,
 * against 8.5–10 ms, p95 15–29 ms, when asked at once.)
 */
export function createLivePageCount(
  count: () => Promise<{ pageCount: number; annexPages?: number; firstPage?: FirstPageCheck[] }>,
  afterPaint: (work: () => void) => AfterNextPaint = afterNextPaint,
) {
  const store = createValueStore<PageCount>(NOT_COUNTED, samePageCount);
  const update = (next: Partial<PageCount>) => store.set({ ...store.get(), ...next });
  let running = false;
  let waiting = false;
  let newest = 0;
  let pendingSend: AfterNextPaint | null = null;

  function send() {
    if (!waiting || running) return;
    const generation = newest;
    waiting = false;
    running = true;
    count()
      .then(({ pageCount, annexPages, firstPage }) => {
        if (waiting) return;
        update({ pages: pageCount, annexPages: annexPages ?? 0, firstPage: firstPage ?? [], failed: null });
      })
      .catch((error: unknown) => {
        if (!waiting) update({ failed: messageOf(error) });
      })
      .finally(() => {
        if (generation === newest) update({ counting: false });
        running = false;
        send();
      });
  }

  return {
    store: store as ValueStore<PageCount>,
    /** A new version of the note was saved (or it was opened): it is counted after the next frame. */
    countSaved() {
      newest++;
      waiting = true;
      update({ counting: true });
      // A newer save before that frame: only it asks.
      pendingSend?.cancel();
      pendingSend = afterPaint(send);
      pendingSend();
    },
    /** The note closes: a count not yet asked for is not asked. */
    cancel() {
      pendingSend?.cancel();
    },
  };
}

export type LivePageCount = ReturnType<typeof createLivePageCount>;
