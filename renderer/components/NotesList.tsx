import { NOTE_STATUS_LABELS, statusOf } from '../../common/clearance';
import type { NoteSummary } from '../../common/note';
import { dateTimeShown } from '../../common/dates/dateTimeShown';

interface NotesListProps {
  notes: NoteSummary[];
  currentId: string | null;
  onOpen(id: string): void;
  onRename(note: NoteSummary): void;
  onDuplicate(note: NoteSummary): void;
  onTrash(note: NoteSummary): void;
}

/**
 * To the minute, as a file manager shows it: a note is saved at every pause in typing, and a
 * time with seconds changed the list at each save. The time has a box of its own (styles.css),
 * so its change once a minute is laid out alone too.
 */

/** The notes, each with its own labelled Rename, Duplicate and Trash buttons (reachable with Tab). */
export function NotesList({ notes, currentId, onOpen, onRename, onDuplicate, onTrash }: NotesListProps) {
  return (
    <ul className="notes-list" aria-label="Your notes">
      {notes.map((note) => (
        <li key={note.id}>
          <button
            type="button"
            aria-current={note.id === currentId ? 'page' : undefined}
            className={note.problem ? 'note-link has-problem' : 'note-link'}
            title={note.problem}
            onClick={() => onOpen(note.id)}
          >
            <span className="note-link-title">{note.title}</span>
            <span className="note-link-meta">
              {note.readOnly ? (
                'Newer version · read-only'
              ) : note.problem ? (
                'Could not be read'
              ) : (
                <>
                  {note.templateName}
                  <span className="note-link-status">{` · ${NOTE_STATUS_LABELS[statusOf(note)]}`}</span>
                  <span className="visually-hidden">, last changed </span>
                  <span className="note-link-time own-layout">{dateTimeShown(note.updatedAt)}</span>
                </>
              )}
            </span>
          </button>
          <div className="note-item-actions">
            {!note.problem && (
              <>
                <button type="button" aria-label={`Rename ${note.title}`} onClick={() => onRename(note)}>
                  Rename
                </button>
                <button type="button" aria-label={`Duplicate ${note.title}`} onClick={() => onDuplicate(note)}>
                  Duplicate
                </button>
              </>
            )}
            <button type="button" aria-label={`Move ${note.title} to trash`} onClick={() => onTrash(note)}>
              Trash
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
