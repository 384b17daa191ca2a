import { dateFieldText } from '../../common/dates/typedDate';
import type { NoteMetadata } from '../../common/note';
import type { Template, TemplateField } from '../../common/template';

/** Whether every required field has a value: only then may the details fold to one line. */
export function requiredDetailsFilled(template: Template, values: NoteMetadata): boolean {
  return template.fields.every((field) => !field.required || Boolean((values[field.id] ?? '').trim()));
}

/** What a reader looks for first: the file number, then the date, then the classification. */
function rank(field: TemplateField): number {
  if (field.id === 'reference') return 0;
  if (field.kind === 'date') return 1;
  if (field.kind === 'classification') return 2;
  return 3;
}

/**
 * The folded details as one line: "Details: BN-2026-0042 · December 6, 2026 · SECRET · To: …".
 * The Subject is left out (it is the note's title, just above); a file number, a date and a
 * classification read as they are, other fields with their label. Dates show in the note's language.
 */
export function metadataSummary(template: Template, values: NoteMetadata, language: string): string {
  const parts = template.fields
    .filter((field) => field.id !== 'subject' && (values[field.id] ?? '').trim())
    .map((field, order) => ({ field, order }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.order - b.order)
    .map(({ field }) => {
      const value = values[field.id]!.trim().replace(/\s+/g, ' ');
      if (field.kind === 'date') return dateFieldText(value, language);
      return rank(field) < 3 ? value : `${field.label}: ${value}`;
    });
  return `Details: ${parts.length > 0 ? parts.join(' · ') : 'none filled in'}`;
}
