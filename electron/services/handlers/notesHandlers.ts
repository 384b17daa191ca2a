import { AppError } from '../../../common/result';
import { findSnippets, freezeLinks } from '../../../common/citations';
import { compareNotes } from '../../../common/compare/compareNotes';
import { NOW, type VersionRef } from '../../../common/compare/noteComparison';
import { noteTitle, type Note } from '../../../common/note';
import { SHARED_NOTE_EXTENSION } from '../../../common/noteShare';
import { layoutPrintPage, measurePrintLayout, type NotePrintLayout } from '../export/notePrintLayout';
import { createPageCounter } from '../export/pageCounter';
import { base64Size, checkImportSize } from '../import/readDocument';
import { clearedVersion } from '../notes/clearedVersion';
import { createNoteHistory } from '../notes/history';
import { readNewerNote } from '../notes/readOnly';
import { exportSharedNote, importSharedNote, parseSharedNote, resolveSharedSource } from '../notes/shareNote';
import { noteSummaryOf } from '../notes/noteSummary';
import { importReview } from '../review/importReview';
import { libraryOf, type NamespaceHandlers, type ServiceDeps } from './serviceDeps';

const savedRevision = (note: Note) => ({ revision: note.revision, updatedAt: note.updatedAt });

/** A shared note's file name from the note's title: letters, digits and dashes only. */
function sharedFileNameFor(title: string): string {
  const slug = title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase();
  return `${slug || 'note'}${SHARED_NOTE_EXTENSION}`;
}

/**
 * Notes: the list and its actions, saving and the live page count, the trash, version
 * history and recovery, linked snippets' citation style and freezing, and sharing.
 */
export function createNotesHandlers(deps: ServiceDeps): NamespaceHandlers<'notes'> {
  const { notes, snapshots } = deps;
  const history = createNoteHistory(notes, snapshots);
  const versionOf = (noteId: string, ref: VersionRef): Note => (ref === NOW ? notes.open(noteId) : snapshots.read(noteId, ref));
  const pageCounter = createPageCounter<NotePrintLayout>(
    (note) => layoutPrintPage(note, { draft: false }),
    (note, html, previous) => measurePrintLayout(note, deps.printer, html, previous),
  );
  return {
    'notes.list': async () => notes.list(),
    'notes.create': async ({ templateId }) => {
      const { author, defaultLanguage } = deps.settings.read();
      return notes.create(deps.templates.get(templateId), { from: author.name, date: new Date().toISOString().slice(0, 10) }, defaultLanguage);
    },
    'notes.open': async ({ id }) => notes.open(id),
    'notes.save': async ({ id, metadata, body, baseRevision, keepMine, status, clearance, comments, language }) => {
      if (keepMine) {
        // The version this one replaces was saved elsewhere and never seen here: keep it in History.
        const theirs = notes.open(id);
        if (theirs.revision === baseRevision) snapshots.take(theirs, 'before-keep-mine');
      }
      const { cleared, ...saved } = notes.save(id, metadata, body, baseRevision, { status, clearance, comments, language });
      // A clearance recorded with this save: the version cleared is kept, for "Changes since you cleared".
      // The note is read again only for a snapshot, not on every autosave.
      if (cleared) snapshots.take(notes.open(id), 'cleared');
      else snapshots.takeIfDue(id, () => notes.open(id));
      return saved;
    },
    'notes.pageCount': async ({ id }) => pageCounter.count(notes.open(id)),
    'notes.delete': async ({ id }) => {
      notes.remove(id);
      return {};
    },
    'notes.duplicate': async ({ id }) => noteSummaryOf(notes.duplicate(id)),
    'notes.rename': async ({ id, title, baseRevision }) => notes.rename(id, title, baseRevision),
    'notes.saveAsCopy': async ({ id, metadata, body, status, clearance, comments, language }) =>
      noteSummaryOf(notes.duplicate(id, { metadata, body, review: { status, clearance, comments, language } })),
    'notes.trash.list': async () => notes.trashed(),
    'notes.trash.restore': async ({ trashId }) => notes.restoreFromTrash(trashId),
    'notes.history.list': async ({ noteId }) => snapshots.list(noteId),
    'notes.history.preview': async ({ noteId, snapshotId }) => snapshots.preview(noteId, snapshotId),
    'notes.history.restore': async ({ noteId, snapshotId }) => history.restore(noteId, snapshotId),
    // Both versions are read here, from the workspace; the window sends only their ids.
    'notes.history.compare': async ({ noteId, from, to }) => compareNotes(versionOf(noteId, from), versionOf(noteId, to)),
    // Whose clearance is the user's own, from their settings here: the window names no one.
    'notes.history.sinceCleared': async ({ noteId }) => {
      const name = deps.settings.read().author.name.trim();
      if (!name) throw new AppError('BAD_ARGUMENTS', 'Set your name first (Your details, in the Review panel): your clearance is found by it.');
      const now = notes.open(noteId);
      const cleared = clearedVersion(now, name, snapshots);
      return { comparison: compareNotes(cleared.note, now), clearedAt: cleared.takenAt };
    },
    'notes.recover': async ({ noteId }) => history.recover(noteId),
    'notes.openReadOnly': async ({ id }) => readNewerNote(notes.fileOf(id)),
    // Read, changed and written as one step under the note's lock: a save from another window cannot fall between.
    'notes.setCitationStyle': async ({ noteId, citationStyle }) =>
      savedRevision(notes.update(noteId, (note) => ({ settings: { ...note.settings, citationStyle } }))),
    'notes.freezeLinks': async ({ noteId }) => {
      let frozen = 0;
      const updated = notes.update(noteId, (note) => {
        frozen = findSnippets(note.body.root.children).filter((snippet) => !snippet.frozen).length;
        snapshots.take(note, 'before-freeze');
        return { body: freezeLinks(note.body) };
      });
      return { ...savedRevision(updated), frozen };
    },
    'notes.share': async ({ noteId }) => {
      const note = notes.open(noteId);
      const shared = exportSharedNote(note, libraryOf(deps));
      const bytes = new TextEncoder().encode(JSON.stringify(shared, null, 1));
      const outcome = await deps.deliverFile({
        fileName: sharedFileNameFor(noteTitle(note)),
        bytes,
        mimeType: 'application/json',
        typeName: 'Brieflink shared note',
        extensions: ['json'],
      });
      return { sources: shared.sources.length, outcome };
    },
    'notes.importShared': async ({ fileName, dataBase64 }) => {
      checkImportSize(fileName, base64Size(dataBase64));
      const shared = parseSharedNote(fileName, Buffer.from(dataBase64, 'base64').toString('utf8'));
      return importSharedNote(notes, snapshots, libraryOf(deps), shared, fileName);
    },
    'notes.importReview': async ({ noteId, fileName, dataBase64 }) => importReview(notes, snapshots, noteId, fileName, dataBase64),
    'notes.resolveSharedSource': async ({ noteId, developmentId, resolution }) =>
      resolveSharedSource(notes, libraryOf(deps), noteId, developmentId, resolution),
  };
}
