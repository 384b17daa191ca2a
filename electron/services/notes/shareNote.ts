import crypto from 'node:crypto';
import fs from 'node:fs';
import { type BundleEntry } from '../../../common/bundle';
import { findSnippets } from '../../../common/citations';
import { developmentFieldsSchema } from '../../../common/development';
import type { z } from 'zod';
import { NOTE_FORMAT_VERSION, nextRevision, noteHeaderSchema, type Note } from '../../../common/note';
import {
  SHARED_NOTE_FORMAT,
  SHARED_NOTE_VERSION,
  sharedNoteHeaderSchema,
  sharedNoteSchema,
  sharedSourceOf,
  type SharedNote,
  type SharedNoteImportResult,
  type SharedSourceReport,
  type SharedSourceResolution,
} from '../../../common/noteShare';
import { relinkSnippets } from '../../../common/relinkSnippets';
import { AppError } from '../../../common/result';
import { parseVersionedJson, type VersionedFormat } from '../../../common/versionedJson';
import { withoutClearedRevisions } from '../../../common/clearance';
import { compareWithLibrary, entryOf } from '../library/bundle';
import type { LibraryService } from '../library/library';
import { mergeSharedNote } from '../review/mergeSharedNote';
import { noteSummaryOf } from './noteSummary';
import type { NoteService } from './noteService';
import type { SnapshotStore } from './snapshots';

/** The developments a note's readable snippets cite, each once, in order of first citation. */
function citedIds(note: Note): string[] {
  return [...new Set(findSnippets(note.body.root.children).flatMap((found) => (found.data ? [found.data.source.developmentId] : [])))];
}

/** One note as saved and the library entries it cites (sources missing here travel only in the snippets themselves). */
export function exportSharedNote(note: Note, library: LibraryService, now = new Date()): SharedNote {
  const sources = citedIds(note).flatMap((id) => {
    const development = library.find(id);
    return development ? [entryOf(library, development)] : [];
  });
  return { format: SHARED_NOTE_FORMAT, version: SHARED_NOTE_VERSION, exportedAt: now.toISOString(), note, sources };
}

const NOTHING_IMPORTED = 'Nothing was imported.';

/** A shared-note file's format, with every refusal naming the file. */
function sharedNoteFormat(fileName: string): VersionedFormat<z.infer<typeof sharedNoteHeaderSchema>, SharedNote> {
  return {
    header: sharedNoteHeaderSchema,
    versionOf: (header) => header.version,
    newest: SHARED_NOTE_VERSION,
    schema: sharedNoteSchema,
    notJson: () => new AppError('BUNDLE_INVALID', `${fileName}: this shared note is damaged (it is not valid JSON). ${NOTHING_IMPORTED}`),
    notThisFormat: () => new AppError('BUNDLE_INVALID', `${fileName}: this is not a Brieflink shared note. ${NOTHING_IMPORTED}`),
    newer: (version) =>
      new AppError(
        'BUNDLE_FROM_NEWER_VERSION',
        `${fileName}: this shared note was made by a newer version of Brieflink (shared note format ${version}; this version reads up to ${SHARED_NOTE_VERSION}). Update Brieflink to import it. ${NOTHING_IMPORTED}`,
      ),
    // The note inside may be newer than the file around it: say so rather than call it damaged.
    beforeSchema(json) {
      const noteVersion = noteHeaderSchema.safeParse((json as { note?: unknown }).note);
      if (noteVersion.success && noteVersion.data.formatVersion > NOTE_FORMAT_VERSION) {
        throw new AppError(
          'BUNDLE_FROM_NEWER_VERSION',
          `${fileName}: the note in this file was written by a newer version of Brieflink (note format ${noteVersion.data.formatVersion}; this version reads up to ${NOTE_FORMAT_VERSION}). Update Brieflink to import it. ${NOTHING_IMPORTED}`,
        );
      }
    },
    damaged(error) {
      const issue = error.issues[0];
      return new AppError('BUNDLE_INVALID', `${fileName}: this shared note is damaged (${issue.path.join('.')}: ${issue.message}). ${NOTHING_IMPORTED}`);
    },
  };
}

/** Reads a shared-note file, refusing a newer format, damaged JSON or anything else with a message naming the file. */
export function parseSharedNote(fileName: string, text: string): SharedNote {
  return parseVersionedJson(text, sharedNoteFormat(fileName));
}

/** The note with exactly these kept sources (none: no field at all). */
function withSharedSources(note: Note, sources: BundleEntry[]): Note {
  const copy: Note = { ...note };
  delete copy.sharedSources;
  return sources.length ? { ...copy, sharedSources: sources } : copy;
}

/** How each shared source compares with this library. */
export function compareSources(library: LibraryService, sources: readonly BundleEntry[]): SharedSourceReport[] {
  return sources.map((entry) => {
    const { match, mine } = compareWithLibrary(library, entry);
    return {
      developmentId: entry.development.id,
      title: entry.development.title,
      match,
      local: mine ? { title: mine.title, revision: mine.revision } : null,
      ...(match === 'missing' || match === 'older' ? { entry } : {}),
    };
  });
}

/**
 * Adds a shared note. A copy of a note that is here (the same id) is merged into it: the
 * colleague's comments, suggestions and clearances are added by id (mergeSharedNote.ts). One
 * that cannot be merged (its text differs), or any other, is added as a new note (a new id
 * when its id is taken here: an existing note is never overwritten). Its sources are compared
 * with the library, which is not changed; sources of a new note that collide with a different
 * local entry of the same id are kept in the note file.
 */
export function importSharedNote(
  notes: NoteService,
  snapshots: SnapshotStore,
  library: LibraryService,
  shared: SharedNote,
  fileName: string,
  now = new Date(),
): SharedNoteImportResult {
  const sources = compareSources(library, shared.sources);
  const taken = fs.existsSync(notes.fileOf(shared.note.id));
  let notMerged: string | undefined;
  if (taken) {
    try {
      const { message } = mergeSharedNote(notes, snapshots, shared.note, fileName, now);
      return { note: noteSummaryOf(notes.open(shared.note.id)), renamed: false, merged: message, sources };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'IMPORT_FAILED') throw error;
      notMerged = error.message;
    }
  }
  const collisions = shared.sources.filter((_, index) => sources[index].match === 'collision');
  const stamp = now.toISOString();
  // The sender's own kept sources are theirs to settle: this note keeps what collides here.
  const imported = withSharedSources(
    {
      ...shared.note,
      id: taken ? crypto.randomUUID() : shared.note.id,
      revision: 0,
      createdAt: stamp,
      updatedAt: stamp,
      // As for a duplicate: this workspace's History has none of the sender's versions, so none that was cleared.
      ...(shared.note.clearance ? { clearance: withoutClearedRevisions(shared.note.clearance) } : {}),
    },
    collisions,
  );
  notes.put(imported);
  return { note: noteSummaryOf(imported), renamed: taken, ...(notMerged ? { notMerged } : {}), sources };
}

/**
 * Settles a source the note keeps because it differs from the library entry with its id:
 * 'keep library entry' drops the note's version (its snippets then follow the library entry);
 * 'keep both' adds the note's version to the library as a new entry and relinks the note's
 * snippets to it. The author's text never changes; the existing library entry is never touched.
 */
export function resolveSharedSource(
  notes: NoteService,
  library: LibraryService,
  noteId: string,
  developmentId: string,
  resolution: SharedSourceResolution,
  now = new Date(),
): { revision: number; updatedAt: string; developmentId: string } {
  const note = notes.open(noteId);
  const shared = sharedSourceOf(note.sharedSources, developmentId);
  if (!shared) throw new AppError('NOT_FOUND', 'This note no longer keeps its own version of that source; reopen the note.');
  let body = note.body;
  let linkedTo = developmentId;
  if (resolution === 'keep both') {
    const created = library.create(developmentFieldsSchema.parse(shared.development));
    const { id, title, publisher, publishedDate, url, revision } = created;
    body = relinkSnippets(note.body, developmentId, { developmentId: id, title, publisher, publishedDate, url }, revision).body;
    linkedTo = id;
  }
  const remaining = (note.sharedSources ?? []).filter((entry) => entry !== shared);
  const updated = withSharedSources(nextRevision({ ...note, body }, now), remaining);
  notes.put(updated);
  return { revision: updated.revision, updatedAt: updated.updatedAt, developmentId: linkedTo };
}
