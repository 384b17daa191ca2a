import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import { useOpenNote } from '../../state/openNote';
import { useWindowCommand } from '../../state/windowCommands';
import { downloadBase64 } from '../download';

/** "Share note": the open note and the library entries it cites, as one file for a colleague. */
export function useShareNote(title: string): () => Promise<void> {
  const client = useClient();
  const announce = useAnnounce();
  const { id: noteId, flush } = useOpenNote();

  async function share() {
    try {
      // The file holds what is on screen.
      await flush();
      const { sources, outcome } = await client.call('notes.share', { noteId });
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') downloadBase64(outcome.fileName, outcome.mimeType, outcome.dataBase64);
      announce(`Shared “${title}” with ${sources} library source${sources === 1 ? '' : 's'} as “${outcome.fileName}”.`);
    } catch (error) {
      announce(`Not shared: ${messageOf(error)}`);
    }
  }

  // The menu's and the palette's "Share note…" run the share of the moment (the note shown now).
  useWindowCommand('note.share', () => void share());

  return share;
}
