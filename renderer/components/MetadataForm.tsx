import { findScheme } from '../../common/classification';
import type { NoteMetadata } from '../../common/note';
import type { Template } from '../../common/template';

interface MetadataFormProps {
  template: Template;
  values: NoteMetadata;
  onChange(values: NoteMetadata): void;
}

/** The note's metadata block, as a form above the body. */
export function MetadataForm({ template, values, onChange }: MetadataFormProps) {
  const levels = findScheme(template.classificationScheme)?.levels ?? [template.defaultClassification];
  const set = (id: string, value: string) => onChange({ ...values, [id]: value });

  return (
    <fieldset className="metadata">
      <legend className="visually-hidden">Note details</legend>
      {template.fields.map((field) => {
        const id = `meta-${field.id}`;
        const value = values[field.id] ?? '';
        return (
          <div className={`field field-${field.id}`} key={field.id}>
            <label htmlFor={id}>{field.label}</label>
            {field.kind === 'classification' ? (
              <select id={id} value={value} required={field.required} onChange={(event) => set(field.id, event.target.value)}>
                {/* A value from another scheme (a note moved between templates) is kept, not dropped. */}
                {!levels.includes(value) && value && <option value={value}>{value}</option>}
                {levels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type={field.kind === 'date' ? 'date' : 'text'}
                value={value}
                required={field.required}
                maxLength={2000}
                onChange={(event) => set(field.id, event.target.value)}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
