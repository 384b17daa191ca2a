import { useState } from 'react';
import { HistoryDialog } from './HistoryDialog';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { ShareNoteButton } from './ShareNoteButton';
import './notes.css';

interface NoteHeaderExtrasProps {
  noteId: string;
  title: string;
  /** Saves pending changes first, so history and templates start from what is on screen. */
  flush(): Promise<void>;
  announce(message: string): void;
  onRestored(): void;
}

/** The note header's "History", "Save as template" and "Share note" buttons and their dialogs. */
export function NoteHeaderExtras({ noteId, title, flush, announce, onRestored }: NoteHeaderExtrasProps) {
  const [open, setOpen] = useState<'history' | 'template' | null>(null);
  const show = (which: 'history' | 'template') => async () => {
    try {
      await flush();
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
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
      <ShareNoteButton noteId={noteId} title={title} flush={flush} announce={announce} />
      <HistoryDialog
        noteId={noteId}
        open={open === 'history'}
        onClose={() => setOpen(null)}
        onRestored={(when) => {
          announce(`Restored the version from ${when}.`);
          onRestored();
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
