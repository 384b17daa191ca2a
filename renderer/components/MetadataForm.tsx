import type { ReactNode } from 'react';
import { findScheme } from '../../common/classification';
import type { NoteMetadata } from '../../common/note';
import { DEFAULT_NOTE_LANGUAGE } from '../../common/noteLanguage';
import type { Template, TemplateField } from '../../common/template';
import { DateField } from './DateField';

interface MetadataFormProps {
  template: Template;
  values: NoteMetadata;
  readOnly?: boolean;
  /** The field to put the caret in when the form first shows (a new note's Subject). */
  autoFocusField?: string;
  /** The note's language (common/noteLanguage.ts): dates show and are read in it. */
  language?: string;
  onChange(values: NoteMetadata): void;
  /** More of the note's details, after its template's fields (the note's Language). */
  children?: ReactNode;
}

const INPUT_TYPES: Partial<Record<TemplateField['kind'], string>> = { email: 'email', phone: 'tel' };

/** The note's metadata block, as a form above the body. Required fields carry a visible mark. */
export function MetadataForm({ template, values, readOnly = false, autoFocusField, language = DEFAULT_NOTE_LANGUAGE, onChange, children }: MetadataFormProps) {
  const levels = findScheme(template.classificationScheme)?.levels ?? [template.defaultClassification];
  const set = (id: string, value: string) => onChange({ ...values, [id]: value });

  return (
    <fieldset className="metadata" disabled={readOnly}>
      <legend className="visually-hidden">Note details</legend>
      {template.fields.map((field) => {
        const id = `meta-${field.id}`;
        const value = values[field.id] ?? '';
        const common = {
          id,
          value,
          required: field.required,
          'aria-required': field.required,
          autoFocus: field.id === autoFocusField,
          onChange: (event: { target: { value: string } }) => set(field.id, event.target.value),
        };
        return (
          <div className={`field field-${field.id} field-kind-${field.kind}`} key={field.id}>
            <span className="field-label">
              <label htmlFor={id}>{field.label}</label>
              {/* The mark sits outside the label: the field's name stays its label; required is announced by aria-required. */}
              {field.required && (
                <span className="required-mark" aria-hidden="true">
                  *
                </span>
              )}
            </span>
            {field.kind === 'classification' ? (
              <select {...common}>
                {/* A value from another scheme (a note moved between templates) is kept, not dropped. */}
                {!levels.includes(value) && value && <option value={value}>{value}</option>}
                {levels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            ) : field.kind === 'date' ? (
              <DateField {...common} language={language} onChange={(value) => set(field.id, value)} />
            ) : field.kind === 'multiline' ? (
              <textarea {...common} rows={2} maxLength={2000} />
            ) : (
              <input {...common} type={INPUT_TYPES[field.kind] ?? 'text'} maxLength={2000} />
            )}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
