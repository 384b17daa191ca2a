import { METADATA_FIELD_IDS, type MetadataFieldId, type TemplateField } from '../../../common/template';
import { DEFAULT_FIELD_KINDS, DEFAULT_FIELD_LABELS } from '../../../common/userTemplates';
import { describedBy, FieldProblem, type ProblemAt } from './fieldProblems';
import { Options } from './Options';

const KINDS: Record<TemplateField['kind'], string> = {
  text: 'Text',
  multiline: 'Several lines',
  date: 'Date',
  email: 'Email address',
  phone: 'Phone number',
  classification: 'Classification',
};

interface FieldsEditorProps {
  fields: TemplateField[];
  onChange(fields: TemplateField[]): void;
  problemAt: ProblemAt;
}

/** Which metadata fields a template asks for, their labels, kinds and whether each is required. */
export function FieldsEditor({ fields, onChange, problemAt }: FieldsEditorProps) {
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
            <th scope="col">Kind</th>
            <th scope="col">Required</th>
          </tr>
        </thead>
        <tbody>
          {METADATA_FIELD_IDS.map((id) => {
            const field = byId.get(id);
            const name = DEFAULT_FIELD_LABELS[id];
            const index = fields.findIndex((candidate) => candidate.id === id);
            const labelProblem = index >= 0 ? problemAt(`fields.${index}.label`) : undefined;
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
                    <>
                      <input
                        aria-label={`Label for ${name}`}
                        value={field.label}
                        onChange={(event) => update(id, { label: event.target.value })}
                        {...describedBy(`field-edit-${id}`, labelProblem)}
                      />
                      <FieldProblem id={`field-edit-${id}`} message={labelProblem} />
                    </>
                  )}
                </td>
                <td>
                  {field && (
                    <select aria-label={`Kind of ${name}`} value={field.kind} onChange={(event) => update(id, { kind: event.target.value as TemplateField['kind'] })}>
                      <Options choices={KINDS} />
                    </select>
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
      <FieldProblem id="fields-edit" message={problemAt('fields')} />
    </fieldset>
  );
}
