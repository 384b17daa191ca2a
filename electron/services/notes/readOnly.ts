import fs from 'node:fs';
import { editorStateSchema, plainText } from '../../../common/editorState';
import { NOTE_FORMAT_VERSION, noteHeaderSchema } from '../../../common/note';
import type { ReadOnlyNote } from '../../../common/noteHistory';
import { AppError } from '../../../common/result';

/**
 * What can be shown of a note written by a newer version of Brieflink: its subject and the
 * plain text of its body, when those parts still have a shape this version understands.
 * Only reads; the file is never written.
 */
export function readNewerNote(file: string): ReadOnlyNote {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('NOTE_UNREADABLE', 'Could not read this note.');
  }
  const header = noteHeaderSchema.safeParse(raw);
  if (!header.success || header.data.formatVersion <= NOTE_FORMAT_VERSION) {
    throw new AppError('NOT_FOUND', 'This note is not from a newer version of Brieflink; open it normally.');
  }
  const metadata = header.data.metadata as { subject?: unknown } | undefined;
  const subject = typeof metadata?.subject === 'string' ? metadata.subject : null;
  const body = editorStateSchema.safeParse(header.data.body);
  return {
    formatVersion: header.data.formatVersion,
    subject,
    text: body.success ? plainText(body.data.root) : null,
  };
}
