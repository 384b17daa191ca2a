import type { NoteSummary } from '../../common/note';

interface NotesListProps {
  notes: NoteSummary[];
  currentId: string | null;
  onOpen(id: string): void;
}

export function NotesList({ notes, currentId, onOpen }: NotesListProps) {
  if (notes.length === 0) return <p className="muted">No notes yet. Choose “New note” to start one.</p>;
  return (
    <ul className="notes-list">
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
              {note.problem ? 'Could not be read' : `${note.templateName} · ${new Date(note.updatedAt).toLocaleString()}`}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
