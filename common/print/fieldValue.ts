import { printDate } from '../dates/dateStyle';
import { noteLanguage } from '../noteLanguage';
import type { Note } from '../note';
import type { TemplateField } from '../template';

/**
 * A metadata field's value as the export prints it, before escaping (the PDF's metadata block
 * and running header, the DOCX's): dates in the template's date style and the note's language,
 * other values trimmed. The classification prints as the marking (printHtml.ts).
 */
export function printedFieldValue(note: Pick<Note, 'metadata' | 'template'>, field: Pick<TemplateField, 'id' | 'kind'>): string {
  const value = (note.metadata[field.id] ?? '').trim();
  if (field.kind !== 'date' || value === '') return value;
  return printDate(value, note.template.print.dateStyle, noteLanguage(note));
}
