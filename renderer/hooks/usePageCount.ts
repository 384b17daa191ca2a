import { useEffect, useRef, useState } from 'react';
import type { SerializedEditorState } from '../../common/editorState';
import type { FirstPageCheck } from '../../common/firstPage';
import type { NoteMetadata } from '../../common/note';
import { useClient } from '../client/ClientContext';

/** How long metadata typing must pause before the draft is counted. */
const METADATA_SETTLE_MS = 200;

/**
 * The page count of the draft from the real print layout: the back end prints it with the
 * same HTML and engine as the export. Asked again a moment after the last change: a new body
 * is counted at once (the editor hands one over only after a pause in typing, see
 * NoteEditor's COUNT_DELAY_MS), a metadata change after METADATA_SETTLE_MS of quiet. An
 * answer that arrives when a newer draft is waiting to be counted is dropped.
 */
export function usePageCount(noteId: string, metadata: NoteMetadata, body: SerializedEditorState | null) {
  const client = useClient();
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [firstPage, setFirstPage] = useState<FirstPageCheck[]>([]);
  /** True from a change of the draft until the count of the newest draft is in. */
  const [counting, setCounting] = useState(false);
  // One request at a time: a draft changed while the back end counts is sent when it answers
  // (only the newest), so a long note is never queued for printing over and over.
  const ask = useRef<{
    running: boolean;
    wanted: { metadata: NoteMetadata; body: SerializedEditorState; generation: number } | null;
    newest: number;
  }>({ running: false, wanted: null, newest: 0 });
  /** The body counted last, to tell a new body (already settled) from a metadata change. */
  const lastBody = useRef<SerializedEditorState | null>(null);

  useEffect(() => {
    if (!body) return;
    const state = ask.current;
    const generation = ++state.newest;
    setCounting(true);
    const send = () => {
      const draft = state.wanted;
      if (!draft || state.running) return;
      state.wanted = null;
      state.running = true;
      client
        .call('notes.pageCount', { id: noteId, metadata: draft.metadata, body: draft.body })
        .then(({ pageCount, firstPage: checks }) => {
          if (state.wanted) return;
          setPages(pageCount);
          setFirstPage(checks ?? []);
          setFailed(null);
        })
        .catch((error: unknown) => !state.wanted && setFailed(error instanceof Error ? error.message : String(error)))
        .finally(() => {
          if (draft.generation === state.newest) setCounting(false);
          state.running = false;
          send();
        });
    };
    const settled = body !== lastBody.current;
    lastBody.current = body;
    const timer = setTimeout(
      () => {
        state.wanted = { metadata, body, generation };
        send();
      },
      settled ? 0 : METADATA_SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [client, noteId, metadata, body]);

  return { pages, failed, firstPage, counting };
}
