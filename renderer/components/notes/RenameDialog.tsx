import { useState } from 'react';
import { Modal, ProblemList } from '../Modal';

interface RenameDialogProps {
  /** The note being renamed, or null when the dialog is closed. */
  note: { id: string; title: string } | null;
  onRename(id: string, title: string): Promise<void>;
  onClose(): void;
}

/** Asks for a note's new title, which becomes its Subject. */
export function RenameDialog({ note, onRename, onClose }: RenameDialogProps) {
  return (
    <Modal open={note !== null} title="Rename note" onClose={onClose}>
      {note && <RenameForm key={note.id} note={note} onRename={onRename} onClose={onClose} />}
    </Modal>
  );
}

function RenameForm({ note, onRename, onClose }: Required<Pick<RenameDialogProps, 'onRename' | 'onClose'>> & { note: { id: string; title: string } }) {
  const [title, setTitle] = useState(note.title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          await onRename(note.id, title);
          onClose();
        } catch (reason) {
          setError(reason instanceof Error ? reason.message : String(reason));
        } finally {
          setBusy(false);
        }
      }}
    >
      <div className="field">
        <label htmlFor="rename-title">Title</label>
        <input id="rename-title" value={title} required maxLength={2000} autoFocus onChange={(event) => setTitle(event.target.value)} />
      </div>
      <ProblemList heading="Not renamed." message={error} />
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={busy || title.trim() === ''}>
          Rename
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
