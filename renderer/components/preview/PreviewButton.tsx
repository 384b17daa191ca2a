import { useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useAnnounce } from '../../state/announcer';
import { useOpenNote } from '../../state/openNote';
import { PreviewDialog } from './PreviewDialog';

/** Opens the print preview of the open note, page for page as the PDF export makes it. */
export function PreviewButton() {
  const { id: noteId, flush } = useOpenNote();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            // The preview prints the saved note.
            await flush();
          } catch (error) {
            announce(messageOf(error));
            return;
          }
          setOpen(true);
        }}
      >
        Preview
      </button>
      {open && <PreviewDialog noteId={noteId} onClose={() => setOpen(false)} />}
    </>
  );
}
