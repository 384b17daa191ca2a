import { useClient } from '../../client/ClientContext';
import { errorMessage } from '../../hooks/useAsyncAction';
import { downloadBase64 } from '../download';

interface ShareNoteButtonProps {
  noteId: string;
  title: string;
  /** Saves pending changes first, so the file holds what is on screen. */
  flush(): Promise<void>;
  announce(message: string): void;
}

/** "Share note": the note and the library entries it cites, as one file for a colleague. */
export function ShareNoteButton({ noteId, title, flush, announce }: ShareNoteButtonProps) {
  const client = useClient();

  async function share() {
    try {
      await flush();
      const { sources, outcome } = await client.call('notes.share', { noteId });
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') downloadBase64(outcome.fileName, outcome.mimeType, outcome.dataBase64);
      announce(`Shared “${title}” with ${sources} library source${sources === 1 ? '' : 's'} as “${outcome.fileName}”.`);
    } catch (error) {
      announce(`Not shared: ${errorMessage(error)}`);
    }
  }

  return (
    <button type="button" onClick={share}>
      Share note
    </button>
  );
}
