import { useEffect, useRef, useState } from 'react';
import type { SerializedEditorState } from '../../common/editorState';
import type { NoteMetadata } from '../../common/note';
import { useClient } from '../client/ClientContext';

const SETTLE_MS = 100;

/**
 * The page count of the draft from the real print layout: the back end prints it with the
 * same HTML and engine as the export. Asked again a moment after the last change; an
 * answer that arrives after a newer request started is dropped.
 */
export function usePageCount(noteId: string, metadata: NoteMetadata, body: SerializedEditorState | null) {
  const client = useClient();
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const generation = useRef(0);

  useEffect(() => {
    if (!body) return;
    const mine = ++generation.current;
    const timer = setTimeout(() => {
      client
        .call('notes.pageCount', { id: noteId, metadata, body })
        .then(({ pageCount }) => {
          if (mine !== generation.current) return;
          setPages(pageCount);
          setFailed(null);
        })
        .catch((error: unknown) => mine === generation.current && setFailed(error instanceof Error ? error.message : String(error)));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [client, noteId, metadata, body]);

  return { pages, failed };
}
