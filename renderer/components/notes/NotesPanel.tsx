import { useMemo, useRef, useState } from 'react';
import type { NoteSummary } from '../../../common/note';
import { messageOf } from '../../../common/messageOf';
import { useClient } from '../../client/ClientContext';
import { useAnnounce } from '../../state/announcer';
import { useOpenNoteIfAny } from '../../state/openNote';
import { useWindowCommandActions } from '../../state/windowCommands';
import { NotesList } from '../NotesList';
import { filterByStatus, noMatchMessage, type StatusFilterValue } from '../clearance/statusFilter';
import { StatusFilter } from '../clearance/StatusFilter';
import { filterNotes, NOTE_SORTS, type NoteSort } from './filterNotes';
import { RenameDialog } from './RenameDialog';
import { SharedNoteImport } from './SharedNoteImport';
import { TrashDialog } from './TrashDialog';
import './notes.css';

interface NotesPanelProps {
  notes: NoteSummary[];
  currentId: string | null;
  onOpen(id: string): void;
  refreshNotes(): Promise<unknown>;
  onTrashed(id: string): void;
}

/** The sidebar's notes: search over titles, sort, the list with its actions, and the trash. */
export function NotesPanel({ notes, currentId, onOpen, refreshNotes, onTrashed }: NotesPanelProps) {
  const client = useClient();
  const announce = useAnnounce();
  /** An action on the open note starts from what is on screen: its pending changes are saved first. */
  const openNote = useOpenNoteIfAny();
  const openAs = (id: string) => (openNote?.id === id ? openNote : null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<NoteSort>('updated');
  const [status, setStatus] = useState<StatusFilterValue>('all');
  const [renaming, setRenaming] = useState<NoteSummary | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  // View › Notes panel: the keyboard's way to the notes, wherever the focus is.
  useWindowCommandActions(useMemo(() => ({ 'view.notesPanel': () => searchBox.current?.focus() }), []));
  const shown = useMemo(() => filterByStatus(filterNotes(notes, query, sort), status), [notes, query, sort, status]);

  async function rename(id: string, title: string) {
    // Made on the revision shown: the open note's once its changes are saved, another's as listed.
    const open = openAs(id);
    const baseRevision = open ? await open.flush() : notes.find((note) => note.id === id)?.revision;
    try {
      await client.call('notes.rename', { id, title, baseRevision: baseRevision ?? 0 });
    } catch (error) {
      // Changed elsewhere meanwhile: the list shows the note as it is now, for another try.
      await refreshNotes();
      throw error;
    }
    open?.reopen();
    await refreshNotes();
    announce(`Renamed to “${title.trim()}”.`);
  }

  async function duplicate(note: NoteSummary) {
    try {
      await openAs(note.id)?.flush();
      const copy = await client.call('notes.duplicate', { id: note.id });
      await refreshNotes();
      announce(`Duplicated as “${copy.title}”.`);
    } catch (error) {
      announce(messageOf(error));
    }
  }

  async function trash(note: NoteSummary) {
    try {
      await openAs(note.id)?.flush();
      await client.call('notes.delete', { id: note.id });
      onTrashed(note.id);
      await refreshNotes();
      // The focused button went with the note; keep keyboard users in the list's controls.
      searchBox.current?.focus();
      announce(`“${note.title}” was moved to the trash.`);
    } catch (error) {
      announce(messageOf(error));
    }
  }

  return (
    <div className="notes-panel">
      <div className="notes-controls">
        <label htmlFor="notes-search">Search notes</label>
        <input ref={searchBox} id="notes-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <label htmlFor="notes-sort">Sort notes by</label>
        <select id="notes-sort" value={sort} onChange={(event) => setSort(event.target.value as NoteSort)}>
          {Object.entries(NOTE_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {notes.length > 0 && <StatusFilter value={status} onChange={setStatus} />}
      </div>
      {notes.length === 0 ? (
        <p className="muted">No notes yet. Choose “New note” to start one.</p>
      ) : shown.length === 0 ? (
        <p className="muted" role="status">
          {noMatchMessage(query, status)}
        </p>
      ) : (
        <NotesList notes={shown} currentId={currentId} onOpen={onOpen} onRename={setRenaming} onDuplicate={duplicate} onTrash={trash} />
      )}
      <button type="button" className="trash-button" onClick={() => setTrashOpen(true)}>
        Trash
      </button>
      <SharedNoteImport refreshNotes={refreshNotes} onOpen={onOpen} />
      <RenameDialog note={renaming} onRename={rename} onClose={() => setRenaming(null)} />
      <TrashDialog
        open={trashOpen}
        onClose={() => setTrashOpen(false)}
        onRestored={(title) => {
          void refreshNotes();
          announce(`“${title}” was restored.`);
        }}
      />
    </div>
  );
}
