import fs from 'node:fs';
import path from 'node:path';
import { noteTitle } from '../../../common/note';
import type { TrashedNote } from '../../../common/noteHistory';
import { messageOf } from '../../../common/messageOf';
import { fileStamp } from '../atomicWrite';
import { NOTE_EXTENSION, parseNoteText } from './noteFile';

/**
 * The trash folder's names: a trashed note is `<note id>.<file stamp>.note.json`, so the same
 * note trashed twice keeps both copies. Only the note service moves files in and out.
 */

/** Where a note trashed at `now` goes. */
export function trashFileFor(trashDir: string, noteId: string, now: Date): string {
  return path.join(trashDir, `${noteId}.${fileStamp(now)}${NOTE_EXTENSION}`);
}

export function trashedFileOf(trashDir: string, trashId: string): string {
  return path.join(trashDir, `${trashId}${NOTE_EXTENSION}`);
}

/** `<note id>.<file stamp>` → the note id and the time it was trashed. */
export function splitTrashId(trashId: string): { noteId: string; trashedAt: string } {
  const dot = trashId.indexOf('.');
  const stamp = trashId.slice(dot + 1);
  // fileStamp replaced ':' and '.' by '-': put them back to get an ISO time.
  const iso = stamp.replace(/^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, '$1:$2:$3.$4Z');
  return { noteId: trashId.slice(0, dot), trashedAt: iso };
}

/** Trashed notes, most recently trashed first; an unreadable one is listed with its problem. */
export function listTrash(trashDir: string): TrashedNote[] {
  const entries: TrashedNote[] = [];
  for (const name of fs.readdirSync(trashDir)) {
    if (!name.endsWith(NOTE_EXTENSION)) continue;
    const trashId = name.slice(0, -NOTE_EXTENSION.length);
    if (!trashId.includes('.')) continue;
    const { noteId, trashedAt } = splitTrashId(trashId);
    try {
      const note = parseNoteText(fs.readFileSync(trashedFileOf(trashDir, trashId), 'utf8'), noteId);
      entries.push({ trashId, noteId, title: noteTitle(note), trashedAt });
    } catch (error) {
      entries.push({ trashId, noteId, title: 'Unreadable note', trashedAt, problem: messageOf(error) });
    }
  }
  return entries.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
}
