import { useEffect, useRef, useState } from 'react';
import type { FirstPageCheck } from '../../common/firstPage';
import { useClient } from '../client/ClientContext';
import { afterNextPaint } from './afterNextPaint';

/**
 * The page count of the note as saved, from the real print layout: the back end prints the
 * saved note with the same HTML and engine as the export. Asked when the note opens and
 * again after every save (`savedVersion` grows; 0 is "not open yet"; the editor saves a
 * moment after the last change), so the draft crosses to the back end once, with the save.
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
export function usePageCount(noteId: string, savedVersion: number) {
  const client = useClient();
  const [pages, setPages] = useState<number | null>(null);
  /** Pages of a sources annex at the end of `pages`, outside the page limit. */
  const [annexPages, setAnnexPages] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const [firstPage, setFirstPage] = useState<FirstPageCheck[]>([]);
  /** True from a save until the count of the newest save is in. */
  const [counting, setCounting] = useState(false);
  const ask = useRef({ running: false, waiting: false, newest: 0 });

  useEffect(() => {
    if (savedVersion === 0) return;
    const state = ask.current;
    state.newest++;
    state.waiting = true;
    setCounting(true);
    const send = () => {
      if (!state.waiting || state.running) return;
      const generation = state.newest;
      state.waiting = false;
      state.running = true;
      client
        .call('notes.pageCount', { id: noteId })
        .then(({ pageCount, firstPage: checks, annexPages: annex }) => {
          if (state.waiting) return;
          setPages(pageCount);
          setAnnexPages(annex ?? 0);
          setFirstPage(checks ?? []);
          setFailed(null);
        })
        .catch((error: unknown) => !state.waiting && setFailed(error instanceof Error ? error.message : String(error)))
        .finally(() => {
          if (generation === state.newest) setCounting(false);
          state.running = false;
          send();
        });
    };
    const sendAfterPaint = afterNextPaint(send);
    sendAfterPaint();
    // A newer save (or closing the note) before that frame: its own run asks again.
    return sendAfterPaint.cancel;
  }, [client, noteId, savedVersion]);

  return { pages, annexPages, failed, firstPage, counting };
}
