import { useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import { useOpenNote } from '../../state/openNote';
import { useWindowCommand } from '../../state/windowCommands';
import { printLoadedPage } from './printFrame';
import './print.css';

interface PrintCommandProps {
  /** Print a DRAFT watermark on every page, as the export would. */
  draft: boolean;
}

/**
 * Print… for the open note (the menu, the palette, Ctrl+P): the saved note's print document,
 * the one the PDF export makes, loaded in a hidden sandboxed frame (no scripts) and sent to the
 * system print dialog, so paper and PDF match page for page. Shows nothing else.
 */
export function PrintCommand({ draft }: PrintCommandProps) {
  const client = useClient();
  const announce = useAnnounce();
  const { id: noteId, flush } = useOpenNote();
  /** The print page being loaded, until it has been printed. */
  const [page, setPage] = useState<string | null>(null);

  async function start() {
    if (page) return;
    try {
      await flush();
      const printed = await client.call('export.print', { noteId, draft });
      setPage(printed.path);
    } catch (error) {
      announce(`Print failed: ${messageOf(error)}`);
    }
  }

  // The command runs the latest start, with the draft setting of the moment.
  useWindowCommand('note.print', () => void start());

  if (!page) return null;
  return (
    <iframe
      key={page}
      className="print-frame"
      src={page}
      // allow-same-origin: the window may call the page's print(); allow-modals: print() may open its dialog. No scripts.
      sandbox="allow-modals allow-same-origin"
      title="The note, for printing"
      aria-hidden="true"
      tabIndex={-1}
      onLoad={(event) => {
        const frame = event.currentTarget;
        setPage(null);
        if (!printLoadedPage(frame, page)) announce('Print failed: the note could not be laid out for printing.');
      }}
    />
  );
}
