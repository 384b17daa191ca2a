import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import type { PageImage } from './pdfPages';
import './preview.css';

interface PreviewDialogProps {
  noteId: string;
  onClose(): void;
}

type State = { kind: 'loading' } | { kind: 'ready'; pages: PageImage[] } | { kind: 'failed'; message: string };

function decodeBase64(data: string): Uint8Array {
  return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
}

/**
 * The saved note printed exactly as the PDF export prints it (the same back-end call, the
 * same print engine), shown page by page. A modal <dialog>: focus stays inside, Escape closes.
 */
export function PreviewDialog({ noteId, onClose }: PreviewDialogProps) {
  const client = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(false);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    let made: PageImage[] = [];
    setState({ kind: 'loading' });
    (async () => {
      try {
        const printed = await client.call('export.preview', { noteId, draft });
        const { renderPdfPages } = await import('./pdfPages');
        made = await renderPdfPages(decodeBase64(printed.dataBase64), controller.signal);
        if (!controller.signal.aborted) setState({ kind: 'ready', pages: made });
      } catch (error) {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: messageOf(error) });
      }
    })();
    return () => {
      controller.abort();
      for (const page of made) URL.revokeObjectURL(page.url);
    };
  }, [client, noteId, draft]);

  const total = state.kind === 'ready' ? state.pages.length : 0;
  return (
    <dialog ref={dialog} className="preview-dialog" aria-labelledby="preview-title" onClose={onClose}>
      <div className="preview-bar">
        <h2 id="preview-title">Print preview</h2>
        <label>
          <input type="checkbox" checked={draft} onChange={(event) => setDraft(event.target.checked)} /> DRAFT watermark
        </label>
        <span role="status">
          {state.kind === 'loading' ? 'Printing the preview…' : state.kind === 'ready' ? `${total} page${total === 1 ? '' : 's'}` : ''}
        </span>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <div className="preview-pages" tabIndex={0} role="region" aria-label="Pages">
        {state.kind === 'failed' && <p role="alert">The preview could not be made: {state.message}</p>}
        {state.kind === 'ready' &&
          state.pages.map((page, index) => (
            <img key={page.url} src={page.url} width={page.width} height={page.height} alt={`Page ${index + 1} of ${total}`} />
          ))}
      </div>
    </dialog>
  );
}
