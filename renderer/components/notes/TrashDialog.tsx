import { useCallback, useEffect, useState } from 'react';
import type { TrashedNote } from '../../../common/noteHistory';
import { useClient } from '../../client/ClientContext';
import { messageOf } from '../../../common/messageOf';
import { CloseRow, Modal, ProblemList } from '../Modal';

interface TrashDialogProps {
  open: boolean;
  onClose(): void;
  onRestored(title: string): void;
}

/** Notes moved to the trash, each with a Restore button; nothing in the trash is deleted. */
export function TrashDialog({ open, onClose, onRestored }: TrashDialogProps) {
  const client = useClient();
  const [entries, setEntries] = useState<TrashedNote[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      client
        .call('notes.trash.list', {})
        .then(setEntries)
        .catch((reason: Error) => setError(reason.message)),
    [client],
  );

  useEffect(() => {
    if (!open) return;
    setEntries(null);
    setError(null);
    void load();
  }, [open, load]);

  async function restore(entry: TrashedNote) {
    try {
      await client.call('notes.trash.restore', { trashId: entry.trashId });
      onRestored(entry.title);
      await load();
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  return (
    <Modal open={open} title="Trash" onClose={onClose} className="trash-dialog">
      <ProblemList heading="Something went wrong." message={error} />
      {entries === null ? (
        <p role="status">Loading the trash…</p>
      ) : entries.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <ul className="trash-list" aria-label="Trashed notes">
          {entries.map((entry) => (
            <li key={entry.trashId}>
              <span className="trash-title">{entry.title}</span>
              <span className="note-link-meta">Moved to the trash {new Date(entry.trashedAt).toLocaleString()}</span>
              <button type="button" aria-label={`Restore ${entry.title}`} onClick={() => restore(entry)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <CloseRow onClose={onClose} />
    </Modal>
  );
}
