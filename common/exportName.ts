import { cutAtWord } from './cutAtWord';

/** The longest file name made, extension apart: long enough for a subject, short for every file system. */
const MAX_BASE = 80;

/** Characters no file system accepts, control characters, and bidirectional controls (which can disguise an extension). */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** Names Windows keeps for devices, whatever the extension ("CON.docx" cannot be saved). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const clean = (text: string) => text.normalize('NFKC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();

/**
 * An export's file name: the file number first when there is one, then the subject (or the
 * note's title) cut at a word; readable, and safe on Windows, macOS and Linux.
 */
export function exportName(parts: { title: string; fileNumber?: string }, extension: 'pdf' | 'docx'): string {
  const fileNumber = clean(parts.fileNumber ?? '');
  const title = clean(parts.title);
  const room = MAX_BASE - (fileNumber ? fileNumber.length + 1 : 0);
  const joined = [fileNumber.slice(0, MAX_BASE), room > 0 ? cutAtWord(title, room) : ''].filter(Boolean).join(' ');
  let base = joined.replace(/[. ]+$/, '');
  if (WINDOWS_RESERVED.test(base.split('.')[0])) base = `${base} note`;
  return `${base || 'Brieflink note'}.${extension}`;
}
