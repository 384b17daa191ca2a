import { plainText, type SerializedEditorState } from '../../../common/editorState';
import type { NoteMetadata } from '../../../common/note';
import type { TemplateField } from '../../../common/template';

export interface FieldDifference {
  label: string;
  theirs: string;
  mine: string;
}

/** The note details (form fields) whose values differ between two versions, labelled as the form labels them. */
export function fieldDifferences(fields: readonly TemplateField[], theirs: NoteMetadata, mine: NoteMetadata): FieldDifference[] {
  const labels = new Map<string, string>(fields.map((field) => [field.id, field.label]));
  const ids = [...new Set([...fields.map((field) => field.id), ...Object.keys(theirs), ...Object.keys(mine)])];
  return ids
    .filter((id) => (theirs[id] ?? '') !== (mine[id] ?? ''))
    .map((id) => ({ label: labels.get(id) ?? id, theirs: theirs[id] ?? '', mine: mine[id] ?? '' }));
}

/** A version's body as text to read and compare: one block a line. */
export function bodyText(body: SerializedEditorState | string): string {
  const state = typeof body === 'string' ? (JSON.parse(body) as SerializedEditorState) : body;
  return plainText(state.root);
}
