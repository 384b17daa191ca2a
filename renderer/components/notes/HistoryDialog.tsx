import { useEffect, useState } from 'react';
import type { SnapshotPreview, SnapshotSummary } from '../../../common/noteHistory';
import { useClient } from '../../client/ClientContext';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { CloseRow, Modal, ProblemList } from '../Modal';
import { CompareVersions } from './compare/CompareVersions';
import { snapshotLabel as labelOf } from './snapshotLabel';

interface HistoryDialogProps {
  noteId: string;
  open: boolean;
  onClose(): void;
  /** After a restore: the editor reopens on the restored note. */
  onRestored(when: string): void;
}

/** The open note's snapshots: pick one to preview it read-only, and restore it. */
export function HistoryDialog({ noteId, open, onClose, onRestored }: HistoryDialogProps) {
  const client = useClient();
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [selected, setSelected] = useState<SnapshotPreview | null>(null);
  const { busy, error, setError, run } = useAsyncAction();

  useEffect(() => {
    if (!open) return;
    setSnapshots(null);
    setSelected(null);
    setError(null);
    client
      .call('notes.history.list', { noteId })
      .then(setSnapshots)
      .catch((reason: Error) => setError(reason.message));
  }, [client, noteId, open, setError]);

  const preview = (snapshot: SnapshotSummary) =>
    run(async () => setSelected(await client.call('notes.history.preview', { noteId, snapshotId: snapshot.id })));

  const restore = (snapshot: SnapshotPreview) =>
    run(async () => {
      await client.call('notes.history.restore', { noteId, snapshotId: snapshot.id });
      onClose();
      onRestored(labelOf(snapshot));
    });

  return (
    <Modal open={open} title="History" onClose={onClose} className="history-dialog">
      <p className="muted">
        A snapshot is kept on every export and every few minutes while you edit (the last 50). Restoring one keeps a
        snapshot of the note as it is now.
      </p>
      <ProblemList heading="Something went wrong." message={error} />
      {snapshots && snapshots.length > 0 && <CompareVersions noteId={noteId} snapshots={snapshots} />}
      <div className="history-layout">
        {snapshots === null ? (
          <p role="status">Loading history…</p>
        ) : snapshots.length === 0 ? (
          <p>No snapshots yet. One is taken when you export, and every few minutes while you edit.</p>
        ) : (
          <ul className="snapshot-list" aria-label="Snapshots">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <button type="button" aria-pressed={selected?.id === snapshot.id} onClick={() => preview(snapshot)}>
                  {labelOf(snapshot)}
                </button>
              </li>
            ))}
          </ul>
        )}
        {selected && (
          <section className="snapshot-preview" aria-labelledby="snapshot-preview-heading">
            <h3 id="snapshot-preview-heading">Preview: {labelOf(selected)}</h3>
            <dl className="snapshot-metadata">
              {selected.metadata.map(({ label, value }) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <div className="snapshot-text" role="region" aria-label="Snapshot text" tabIndex={0}>
              {selected.text}
            </div>
            <button type="button" className="primary" disabled={busy} onClick={() => restore(selected)}>
              Restore this version
            </button>
          </section>
        )}
      </div>
      <CloseRow onClose={onClose} />
    </Modal>
  );
}
