import type { Handlers } from '../../../common/contract';
import type { Note } from '../../../common/note';
import type { NoteService } from '../notes';
import type { SnapshotStore } from '../notes/snapshots';
import type { LibraryService } from '../library/library';
import { bodySnippetStatus } from './snippetStatusService';
import { findSnippets, freezeLinks } from '../../../common/citations';

type SnippetMethod = 'notes.setCitationStyle' | 'snippets.status' | 'notes.freezeLinks';

export interface SnippetHandlerDeps {
  notes: NoteService;
  snapshots: SnapshotStore;
  /** The library; throws LIBRARY_UNAVAILABLE when it could not be opened. */
  library: () => LibraryService;
  now?: () => Date;
}

/** Handlers for linked snippets' back end: citation style, freshness, freezing, backlinks. */
export function createSnippetHandlers(deps: SnippetHandlerDeps): Pick<Handlers, SnippetMethod> {
  const now = deps.now ?? (() => new Date());
  /** Writes a changed note as a new revision. */
  const saveWhole = (note: Note, change: Partial<Note>) => {
    const updated: Note = { ...note, ...change, revision: note.revision + 1, updatedAt: now().toISOString() };
    deps.notes.put(updated);
    return { revision: updated.revision, updatedAt: updated.updatedAt };
  };
  return {
    'notes.setCitationStyle': async ({ noteId, citationStyle }) => {
      const note = deps.notes.open(noteId);
      return saveWhole(note, { settings: { ...note.settings, citationStyle } });
    },
    'snippets.status': async (args) =>
      bodySnippetStatus('noteId' in args ? deps.notes.open(args.noteId).body : args.body, deps.library()),
    'notes.freezeLinks': async ({ noteId }) => {
      const note = deps.notes.open(noteId);
      const frozen = findSnippets(note.body.root.children).filter((snippet) => !snippet.frozen).length;
      deps.snapshots.take(note, 'before-freeze');
      return { ...saveWhole(note, { body: freezeLinks(note.body) }), frozen };
    },
  };
}
