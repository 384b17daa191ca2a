import { useEffect, useState } from 'react';
import type { Template } from '../../../common/template';
import { useClient } from '../../client/ClientContext';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { ProblemList } from '../Modal';
import { describedBy, FieldProblem, templateProblems } from './fieldProblems';
import { FieldsEditor } from './FieldsEditor';
import { GeneralSettingsEditor } from './GeneralSettingsEditor';
import { PrintSettingsEditor } from './PrintSettingsEditor';
import { SectionsEditor } from './SectionsEditor';

interface TemplateEditorProps {
  templateId: string;
  /** Back to the list; with the template's name when it was saved. */
  onDone(savedName?: string): void;
}

/**
 * Edits every part of a user template: name, description, note type, page limit,
 * classification, sections (with their decision blocks), fields and print settings. Each
 * control shows the validator's message for its part as the user edits; the back end
 * validates again on save.
 */
export function TemplateEditor({ templateId, onDone }: TemplateEditorProps) {
  const client = useClient();
  const [template, setTemplate] = useState<Template | null>(null);
  const { busy, error, setError, run } = useAsyncAction();

  useEffect(() => {
    client
      .call('templates.get', { id: templateId })
      .then(setTemplate)
      .catch((reason: Error) => setError(reason.message));
  }, [client, templateId, setError]);

  if (!template) return error ? <ProblemList heading="Could not open the template." message={error} /> : <p role="status">Opening…</p>;
  const set = (patch: Partial<Template>) => setTemplate({ ...template, ...patch });
  const problems = templateProblems(template);
  const nameProblem = problems.at('name');
  const descriptionProblem = problems.at('description');

  return (
    <form
      className="template-editor"
      aria-label={`Edit ${template.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const saved = await client.call('templates.update', { template });
          onDone(saved.name);
        });
      }}
    >
      <div className="field">
        <label htmlFor="template-edit-name">Name</label>
        <input id="template-edit-name" value={template.name} onChange={(event) => set({ name: event.target.value })} {...describedBy('template-edit-name', nameProblem)} />
        <FieldProblem id="template-edit-name" message={nameProblem} />
      </div>
      <div className="field">
        <label htmlFor="template-edit-description">Description</label>
        <textarea
          id="template-edit-description"
          rows={2}
          value={template.description}
          onChange={(event) => set({ description: event.target.value })}
          {...describedBy('template-edit-description', descriptionProblem)}
        />
        <FieldProblem id="template-edit-description" message={descriptionProblem} />
      </div>
      <GeneralSettingsEditor template={template} onChange={set} problemAt={problems.at} />
      <SectionsEditor sections={template.sections} onChange={(sections) => set({ sections })} problemAt={problems.at} />
      <FieldsEditor
        fields={template.fields}
        // A field no longer asked for cannot stay in the running header.
        onChange={(fields) => set({ fields, print: { ...template.print, headerFields: template.print.headerFields.filter((id) => fields.some((field) => field.id === id)) } })}
        problemAt={problems.at}
      />
      <PrintSettingsEditor template={template} onChange={(print) => set({ print })} problemAt={problems.at} />
      {problems.count > 0 && (
        <p className="field-problem" role="status">
          {problems.count === 1 ? '1 problem is' : `${problems.count} problems are`} marked above; the template cannot be saved until {problems.count === 1 ? 'it is' : 'they are'} fixed.
        </p>
      )}
      <ProblemList heading="Not saved." message={error} />
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={busy}>
          Save template
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
