import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../common/result';
import { useClient } from '../../client/ClientContext';
import { messageOf } from '../../../common/messageOf';
import { ReadOnlyNoteView } from './ReadOnlyNoteView';

interface NoteLoadProblemProps {
  noteId: string;
  error: { code: ErrorCode | null; message: string };
  /** After a restore from a snapshot: the editor reopens on the note. */
  onRecovered(): void;
}

/** Shown instead of the editor when a note cannot be opened normally. */
export function NoteLoadProblem({ noteId, error, onRecovered }: NoteLoadProblemProps) {
  if (error.code === 'NOTE_FROM_NEWER_VERSION') return <ReadOnlyNoteView noteId={noteId} message={error.message} />;
  return <DamagedNote noteId={noteId} message={error.message} canRecover={error.code === 'NOTE_UNREADABLE'} onRecovered={onRecovered} />;
}

interface DamagedNoteProps {
  noteId: string;
  message: string;
  canRecover: boolean;
  onRecovered(): void;
}

function DamagedNote({ noteId, message, canRecover, onRecovered }: DamagedNoteProps) {
  const client = useClient();
  const [lastSnapshot, setLastSnapshot] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!canRecover) return;
    client
      .call('notes.history.list', { noteId })
      .then((snapshots) => setLastSnapshot(snapshots[0]?.takenAt ?? null))
      .catch(() => setLastSnapshot(null));
  }, [client, noteId, canRecover]);

  async function recover() {
    try {
      await client.call('notes.recover', { noteId });
      onRecovered();
    } catch (reason) {
      setFailure(messageOf(reason));
    }
  }

  return (
    <section className="note-error" aria-labelledby="note-error-heading">
      <h2 id="note-error-heading">This note could not be opened</h2>
      <p role="alert">{message}</p>
      {lastSnapshot && (
        <>
          <p>
            A snapshot from {new Date(lastSnapshot).toLocaleString()} can replace it. The damaged file is kept in the
            workspace’s backups folder.
          </p>
          <button type="button" className="primary" onClick={recover}>
            Restore from last snapshot
          </button>
        </>
      )}
      {failure && <p className="problems">{failure}</p>}
    </section>
  );
}
