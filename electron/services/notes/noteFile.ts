import { z } from 'zod';
import { NOTE_FORMAT_VERSION, noteHeaderSchema, noteSchema, type Note } from '../../../common/note';
import { AppError } from '../../../common/result';
import { parseVersionedJson, type VersionedFormat } from '../../../common/versionedJson';

export const NOTE_EXTENSION = '.note.json';

const LEFT_AS_IT_IS = 'The file has been left as it is.';

const noteFormat: VersionedFormat<z.infer<typeof noteHeaderSchema>, Note> = {
  header: noteHeaderSchema,
  versionOf: (header) => header.formatVersion,
  newest: NOTE_FORMAT_VERSION,
  schema: noteSchema,
  notJson: () => new AppError('NOTE_UNREADABLE', `Could not read this note: the file is damaged (it is not valid JSON). ${LEFT_AS_IT_IS}`),
  notThisFormat: () => new AppError('NOTE_UNREADABLE', `Could not read this note: the file is not a Brieflink note. ${LEFT_AS_IT_IS}`),
  newer: (version) =>
    new AppError(
      'NOTE_FROM_NEWER_VERSION',
      `This note was written by a newer version of Brieflink (note format ${version}; this version reads up to ${NOTE_FORMAT_VERSION}). Update Brieflink to open it; the file has been left as it is.`,
    ),
  damaged: (error) =>
    new AppError(
      'NOTE_UNREADABLE',
      `Could not read this note: the file is damaged (${z.prettifyError(error).split('\n').slice(0, 2).join(' ')}). ${LEFT_AS_IT_IS}`,
    ),
};

/**
 * Parses a note file's text; every failure is an AppError whose message says what is wrong.
 * `expectedId` guards against a file copied under another note's name.
 */
export function parseNoteText(text: string, expectedId?: string): Note {
  const note = parseVersionedJson(text, noteFormat);
  if (expectedId !== undefined && note.id !== expectedId) {
    throw new AppError('NOTE_UNREADABLE', 'Could not read this note: its file name and contents disagree.');
  }
  return note;
}
