import { METADATA_FIELD_IDS, type MetadataFieldId, type TemplateField } from '../../../common/template';
import { DEFAULT_FIELD_KINDS, DEFAULT_FIELD_LABELS } from '../../../common/userTemplates';

interface FieldsEditorProps {
  fields: TemplateField[];
  onChange(fields: TemplateField[]): void;
}

/** Which metadata fields a template asks for, their labels and whether each is required. */
export function FieldsEditor({ fields, onChange }: FieldsEditorProps) {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const update = (id: MetadataFieldId, patch: Partial<TemplateField>) =>
    onChange(fields.map((field) => (field.id === id ? { ...field, ...patch } : field)));
  const include = (id: MetadataFieldId, on: boolean) =>
    onChange(
      on
        ? [...fields, { id, label: DEFAULT_FIELD_LABELS[id], kind: DEFAULT_FIELD_KINDS[id], required: false }]
        : fields.filter((field) => field.id !== id),
    );

  return (
    <fieldset className="fields-editor">
      <legend>Metadata fields</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Label on the note</th>
            <th scope="col">Required</th>
          </tr>
        </thead>
        <tbody>
          {METADATA_FIELD_IDS.map((id) => {
            const field = byId.get(id);
            const name = DEFAULT_FIELD_LABELS[id];
            return (
              <tr key={id}>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={field !== undefined}
                      // Every template needs a subject: it is the note's title.
                      disabled={id === 'subject'}
                      onChange={(event) => include(id, event.target.checked)}
                    />{' '}
                    Use {name}
                  </label>
                </td>
                <td>
                  {field && (
                    <input aria-label={`Label for ${name}`} value={field.label} onChange={(event) => update(id, { label: event.target.value })} />
                  )}
                </td>
                <td>
                  {field && (
                    <input
                      type="checkbox"
                      aria-label={`${name} required`}
                      checked={field.required}
                      onChange={(event) => update(id, { required: event.target.checked })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
