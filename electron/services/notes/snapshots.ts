import fs from 'node:fs';
import path from 'node:path';
import { plainText } from '../../../common/editorState';
import { noteTitle, type Note } from '../../../common/note';
import {
  AUTOSAVE_SNAPSHOT_INTERVAL_MS,
  SNAPSHOTS_KEPT_PER_NOTE,
  snapshotReasonSchema,
  type SnapshotPreview,
  type SnapshotReason,
  type SnapshotSummary,
} from '../../../common/noteHistory';
import { AppError } from '../../../common/result';
import { storageProblemOf, storageReason } from '../../../common/storageErrors';
import { fileStamp, writeFileAtomic } from '../atomicWrite';
import { NOTE_EXTENSION, parseNoteText } from './noteFile';
import type { Workspace } from '../workspace';

export interface SnapshotStore {
  /** Writes a copy of the note as it is now; keeps the newest SNAPSHOTS_KEPT_PER_NOTE. */
  take(note: Note, reason: SnapshotReason): SnapshotSummary;
  /**
   * Takes an 'autosave' snapshot when the newest one is older than the interval (or there is
   * none); the note is only read when one is due.
   */
  takeIfDue(noteId: string, load: () => Note): SnapshotSummary | null;
  /**
   * A snapshot that must not block what follows (the one before an export): when the disk
   * refuses it (read-only, full), returns a sentence saying it was skipped and why.
   */
  takeUnlessRefused(note: Note, reason: SnapshotReason): { skipped: string } | { taken: SnapshotSummary };
  /** Newest first. */
  list(noteId: string): SnapshotSummary[];
  read(noteId: string, snapshotId: string): Note;
  preview(noteId: string, snapshotId: string): SnapshotPreview;
}

export function snapshotsDirOf(workspace: Workspace): string {
  return path.join(workspace.root, 'snapshots');
}

/** `2026-03-01T09-00-00-000Z[-n]--reason` → its time and reason. */
function summarize(id: string): SnapshotSummary {
  const [stamp, reason] = id.split('--');
  const takenAt = stamp.replace(/^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z.*$/, '$1:$2:$3.$4Z');
  return { id, takenAt, reason: snapshotReasonSchema.parse(reason) };
}

/** Snapshots live in `snapshots/<note id>/<stamp>--<reason>.note.json`: each one a whole note file. */
export function createSnapshotStore(workspace: Workspace, now: () => Date = () => new Date()): SnapshotStore {
  const dirOf = (noteId: string) => path.join(snapshotsDirOf(workspace), noteId);
  const fileOf = (noteId: string, snapshotId: string) => path.join(dirOf(noteId), `${snapshotId}${NOTE_EXTENSION}`);

  function ids(noteId: string): string[] {
    const dir = dirOf(noteId);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(NOTE_EXTENSION) && name.includes('--'))
      .map((name) => name.slice(0, -NOTE_EXTENSION.length))
      .filter((id) => snapshotReasonSchema.safeParse(id.split('--')[1]).success)
      .sort();
  }

  function prune(noteId: string): void {
    const all = ids(noteId);
    for (const id of all.slice(0, Math.max(0, all.length - SNAPSHOTS_KEPT_PER_NOTE))) fs.rmSync(fileOf(noteId, id));
  }

  const store: SnapshotStore = {
    take(note, reason) {
      // One level at a time: a recursive mkdir on a read-only disk reports ENOENT instead of EROFS.
      for (const dir of [snapshotsDirOf(workspace), dirOf(note.id)]) {
        if (!fs.existsSync(dir)) fs.mkdirSync(dir);
      }
      const stamp = fileStamp(now());
      // Two snapshots in the same millisecond (export right after a save) get a counter, padded so names sort in order.
      const taken = new Set(ids(note.id).map((id) => id.split('--')[0]));
      let prefix = stamp;
      for (let n = 1; taken.has(prefix); n += 1) prefix = `${stamp}-${String(n).padStart(3, '0')}`;
      const id = `${prefix}--${reason}`;
      writeFileAtomic(fileOf(note.id, id), JSON.stringify(note));
      prune(note.id);
      return summarize(id);
    },
    takeIfDue(noteId, load) {
      const newest = ids(noteId).at(-1);
      if (newest && now().getTime() - Date.parse(summarize(newest).takenAt) < AUTOSAVE_SNAPSHOT_INTERVAL_MS) return null;
      // Taken after the note was saved: a disk that refuses it must not turn that save into a failure. The next save tries again.
      const attempt = store.takeUnlessRefused(load(), 'autosave');
      return 'taken' in attempt ? attempt.taken : null;
    },
    takeUnlessRefused(note, reason) {
      try {
        return { taken: store.take(note, reason) };
      } catch (error) {
        const problem = storageProblemOf(error);
        if (!problem) throw error;
        return { skipped: `No history snapshot was kept before this (${storageReason(problem)}).` };
      }
    },
    list: (noteId) => ids(noteId).reverse().map(summarize),
    read(noteId, snapshotId) {
      const file = fileOf(noteId, snapshotId);
      if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'This snapshot no longer exists.');
      return parseNoteText(fs.readFileSync(file, 'utf8'), noteId);
    },
    preview(noteId, snapshotId) {
      const note = store.read(noteId, snapshotId);
      const labels = new Map<string, string>(note.template.fields.map((field) => [field.id, field.label]));
      const metadata = Object.entries(note.metadata)
        .filter(([, value]) => value.trim() !== '')
        .map(([id, value]) => ({ label: labels.get(id) ?? id, value }));
      return { ...summarize(snapshotId), title: noteTitle(note), metadata, text: plainText(note.body.root) };
    },
  };
  return store;
}
