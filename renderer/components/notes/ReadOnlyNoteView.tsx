import { useEffect, useState } from 'react';
import type { ReadOnlyNote } from '../../../common/noteHistory';
import { useClient } from '../../client/ClientContext';

interface ReadOnlyNoteViewProps {
  noteId: string;
  /** Why the note is read-only, from the back end (which version wrote it). */
  message: string;
}

/**
 * A note written by a newer version of Brieflink: what this version can show of it, with
 * no way to edit, and nothing is ever saved back to its file.
 */
export function ReadOnlyNoteView({ noteId, message }: ReadOnlyNoteViewProps) {
  const client = useClient();
  const [note, setNote] = useState<ReadOnlyNote | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    client
      .call('notes.openReadOnly', { id: noteId })
      .then(setNote)
      .catch((reason: Error) => setFailure(reason.message));
  }, [client, noteId]);

  return (
    <article className="note note-read-only" aria-labelledby="read-only-title">
      <header className="note-header">
        <div>
          <h2 id="read-only-title">{note?.subject?.trim() || 'Note from a newer version'}</h2>
          <p className="note-kind">Read-only</p>
        </div>
      </header>
      <p role="alert" className="read-only-message">
        {message} You can read it here; nothing you do here changes it.
      </p>
      {failure && <p>{failure}</p>}
      {note &&
        (note.text === null ? (
          <p>The body of this note uses a structure this version of Brieflink cannot show.</p>
        ) : (
          <section className="read-only-body" aria-label="Note text (read-only)">
            {note.text.split('\n').map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </section>
        ))}
    </article>
  );
}
