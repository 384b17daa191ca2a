import Database from 'better-sqlite3';
import { findSnippets } from '../../../common/citations';
import type { SerializedEditorState } from '../../../common/editorState';
import { noteTitle, type Note } from '../../../common/note';
import type { Backlink } from '../../../common/backlinks';

/**
 * The notes index in library.db: which notes cite which developments, for backlinks. The
 * note files are the truth; this index is derived from them, kept in step on every change
 * to a note and brought up to date from the files at start-up.
 */
export interface CitationIndex {
  /** Replaces what the index knows of one note; `fileStamp` identifies the file version it was read from. */
  update(note: IndexedNote, fileStamp: string): void;
  remove(noteId: string): void;
  /** Notes citing a development, most recently updated first. */
  backlinks(developmentId: string): Backlink[];
  /**
   * Brings the index in line with the note files: notes missing from it or whose file changed
   * since (by its stamp) are read and indexed, notes no longer there are dropped.
   */
  sync(files: { id: string; fileStamp: string }[], load: (id: string) => Note | null): { indexed: number; removed: number };
  close(): void;
}

export type IndexedNote = Pick<Note, 'id' | 'metadata' | 'updatedAt'> & { body: SerializedEditorState };

/** Opens the index on library.db, whose schema openLibrary has already brought up to date. */
export function openCitationIndex(file: string, options: { nativeBinding?: string } = {}): CitationIndex {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('foreign_keys = ON');
  const upsertNote = db.prepare('INSERT OR REPLACE INTO note_index (note_id, title, updated_at, file_stamp) VALUES (?, ?, ?, ?)');
  const deleteCitations = db.prepare('DELETE FROM note_citations WHERE note_id = ?');
  const insertCitation = db.prepare('INSERT INTO note_citations (note_id, development_id, snippet_id, first_position) VALUES (?, ?, ?, ?)');
  const deleteNote = db.prepare('DELETE FROM note_index WHERE note_id = ?');
  const indexed = db.prepare<[], { note_id: string; file_stamp: string }>('SELECT note_id, file_stamp FROM note_index');
  const citing = db.prepare<[string], { note_id: string; title: string; updated_at: string; snippet_id: string; first_position: number }>(`
    SELECT n.note_id, n.title, n.updated_at, c.snippet_id, c.first_position
    FROM note_citations c JOIN note_index n ON n.note_id = c.note_id
    WHERE c.development_id = ?
    ORDER BY n.updated_at DESC, n.note_id`);

  const write = (note: IndexedNote, fileStamp: string) => {
    deleteCitations.run(note.id);
    upsertNote.run(note.id, noteTitle(note), note.updatedAt, fileStamp);
    const seen = new Set<string>();
    for (const snippet of findSnippets(note.body.root.children)) {
      // A damaged snippet cites nothing the index can name; frozen ones still cite their source.
      if (!snippet.data || seen.has(snippet.data.source.developmentId)) continue;
      seen.add(snippet.data.source.developmentId);
      insertCitation.run(note.id, snippet.data.source.developmentId, snippet.data.id, snippet.position);
    }
  };
  const update = db.transaction(write);
  const remove = db.transaction((noteId: string) => {
    deleteCitations.run(noteId);
    deleteNote.run(noteId);
  });

  return {
    update,
    remove,
    backlinks: (developmentId) =>
      citing.all(developmentId).map((row) => ({
        noteId: row.note_id,
        title: row.title,
        updatedAt: row.updated_at,
        snippetId: row.snippet_id,
        position: row.first_position,
      })),
    sync(files, load) {
      const known = new Map(indexed.all().map((row) => [row.note_id, row.file_stamp]));
      const present = new Set(files.map((file) => file.id));
      let count = 0;
      let removed = 0;
      db.transaction(() => {
        for (const noteId of known.keys()) {
          if (!present.has(noteId)) {
            remove(noteId);
            removed++;
          }
        }
        for (const file of files) {
          if (known.get(file.id) === file.fileStamp) continue;
          const note = load(file.id);
          if (!note) {
            if (known.has(file.id)) {
              remove(file.id);
              removed++;
            }
            continue;
          }
          write(note, file.fileStamp);
          count++;
        }
      })();
      return { indexed: count, removed };
    },
    close: () => db.close(),
  };
}
