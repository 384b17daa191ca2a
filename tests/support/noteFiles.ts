import fs from 'node:fs';
import { editorState, headingNode, paragraphNode, textNode } from '../../common/editorState';
import { newNote, type Note } from '../../common/note';
import { templateSchema } from '../../common/template';
import { builtInTemplateFile } from './backendFixture';

export interface SeedNote {
  id: string;
  subject: string;
  createdAt?: string;
  updatedAt?: string;
  text?: string;
  templateId?: string;
}

/** A valid note as the app writes it, made from a built-in template. */
export function makeNote({ id, subject, createdAt = '2026-01-01T09:00:00.000Z', updatedAt = createdAt, text = '', templateId = 'decision-note' }: SeedNote): Note {
  const template = templateSchema.parse(JSON.parse(fs.readFileSync(builtInTemplateFile(templateId), 'utf8')));
  const note = newNote(template, id, new Date(createdAt), {});
  return {
    ...note,
    metadata: { ...note.metadata, subject },
    body: editorState([headingNode('h2', template.sections[0].heading), paragraphNode(text ? [textNode(text)] : [])]),
    updatedAt,
  };
}

/** Workspace files (for the host fixture's `workspaceFiles`) holding the given notes. */
export function noteFiles(...notes: SeedNote[]): Record<string, string> {
  return Object.fromEntries(notes.map((seed) => [`notes/${seed.id}.note.json`, JSON.stringify(makeNote(seed))]));
}
