import { useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useAnnounce } from '../../state/announcer';
import { useOpenNote } from '../../state/openNote';
import { HistoryDialog } from './HistoryDialog';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { ShareNoteButton } from './ShareNoteButton';
import './notes.css';

/** The open note's "History", "Save as template" and "Share note" buttons and their dialogs. */
export function NoteHeaderExtras({ title }: { title: string }) {
  const { id: noteId, flush, reopen } = useOpenNote();
  const announce = useAnnounce();
  const [open, setOpen] = useState<'history' | 'template' | null>(null);
  // Pending changes are saved first, so history and templates start from what is on screen.
  const show = (which: 'history' | 'template') => async () => {
    try {
      await flush();
    } catch (error) {
      announce(messageOf(error));
      return;
    }
    setOpen(which);
  };

  return (
    <>
      <button type="button" onClick={show('history')}>
        History
      </button>
      <button type="button" onClick={show('template')}>
        Save as template
      </button>
      <ShareNoteButton title={title} />
      <HistoryDialog
        noteId={noteId}
        open={open === 'history'}
        onClose={() => setOpen(null)}
        onRestored={(when) => {
          announce(`Restored the version from ${when}.`);
          reopen();
        }}
      />
      {open === 'template' && (
        <SaveAsTemplateDialog
          noteId={noteId}
          open
          suggestedName={title}
          onClose={() => setOpen(null)}
          onSaved={(name) => announce(`Saved the template “${name}”. It is listed under “New note”.`)}
        />
      )}
    </>
  );
}
