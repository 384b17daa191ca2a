import type { Handlers } from '../../../common/contract';
import type { Note } from '../../../common/note';
import type { NoteService } from '../notes';
import type { SnapshotStore } from '../notes/snapshots';
import type { LibraryService } from '../library/library';
import type { CitationIndex } from '../library/noteCitations';
import { reindexNote } from '../notes/indexedNotes';
import { AppError } from '../../../common/result';
import { bodySnippetStatus } from './snippetStatusService';
import { addFromSnippet } from './addFromSnippet';
import { findSnippets, freezeLinks } from '../../../common/citations';

type SnippetMethod = 'notes.setCitationStyle' | 'snippets.status' | 'notes.freezeLinks' | 'library.backlinks' | 'library.addFromSnippet';

export interface SnippetHandlerDeps {
  notes: NoteService;
  snapshots: SnapshotStore;
  /** The library; throws LIBRARY_UNAVAILABLE when it could not be opened. */
  library: () => LibraryService;
  /** The backlinks index; throws BACKLINKS_UNAVAILABLE when there is none. */
  citations: () => CitationIndex;
}

/** Handlers for linked snippets' back end: citation style, freshness, freezing, backlinks. */
export function createSnippetHandlers(deps: SnippetHandlerDeps): Pick<Handlers, SnippetMethod> {
  const saved = (note: Note) => ({ revision: note.revision, updatedAt: note.updatedAt });
  return {
    // Read, changed and written as one step under the note's lock: a save from another window cannot fall between.
    'notes.setCitationStyle': async ({ noteId, citationStyle }) =>
      saved(deps.notes.update(noteId, (note) => ({ settings: { ...note.settings, citationStyle } }))),
    'snippets.status': async (args) =>
      bodySnippetStatus('noteId' in args ? deps.notes.open(args.noteId).body : args.body, deps.library()),
    'notes.freezeLinks': async ({ noteId }) => {
      let frozen = 0;
      const updated = deps.notes.update(noteId, (note) => {
        frozen = findSnippets(note.body.root.children).filter((snippet) => !snippet.frozen).length;
        deps.snapshots.take(note, 'before-freeze');
        return { body: freezeLinks(note.body) };
      });
      return { ...saved(updated), frozen };
    },
    'library.backlinks': async ({ developmentId }) => deps.citations().backlinks(developmentId),
    'library.addFromSnippet': async ({ noteId, snippetId }) => addFromSnippet(deps.library(), deps.notes.open(noteId), snippetId),
  };
}

/** The backlinks index of the services, or a clear error when the library (and so the index) could not be opened. */
export function citations(deps: { citations?: CitationIndex | Error }): CitationIndex {
  if (!deps.citations) throw new AppError('LIBRARY_UNAVAILABLE', 'Backlinks are not available here.');
  if (deps.citations instanceof Error) {
    throw new AppError('LIBRARY_UNAVAILABLE', `Backlinks are unavailable: ${deps.citations.message}`);
  }
  return deps.citations;
}

/**
 * Restoring from the trash usually moves the file back as it is, past the note service:
 * index the restored note afterwards.
 */
export function withTrashReindex<H extends Pick<Handlers, 'notes.trash.restore'>>(
  handlers: H,
  deps: { notes: NoteService; citations?: CitationIndex | Error },
): H {
  return {
    ...handlers,
    'notes.trash.restore': async (args) => {
      const restored = await handlers['notes.trash.restore'](args);
      if (deps.citations && !(deps.citations instanceof Error)) {
        try {
          reindexNote(deps.notes, deps.citations, restored.noteId);
        } catch {
          // A damaged note restored from the trash cites nothing the index can read.
        }
      }
      return restored;
    },
  };
}
