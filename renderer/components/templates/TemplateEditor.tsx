import { useEffect, useState } from 'react';
import type { Template } from '../../../common/template';
import { useClient } from '../../client/ClientContext';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { ProblemList } from '../Modal';
import { FieldsEditor } from './FieldsEditor';
import { SectionsEditor } from './SectionsEditor';

interface TemplateEditorProps {
  templateId: string;
  /** Back to the list; with the template's name when it was saved. */
  onDone(savedName?: string): void;
}

/** Edits a user template's name, description, sections and fields; the back end validates on save. */
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
        <input id="template-edit-name" value={template.name} onChange={(event) => set({ name: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="template-edit-description">Description</label>
        <textarea id="template-edit-description" rows={2} value={template.description} onChange={(event) => set({ description: event.target.value })} />
      </div>
      <SectionsEditor sections={template.sections} onChange={(sections) => set({ sections })} />
      <FieldsEditor fields={template.fields} onChange={(fields) => set({ fields })} />
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
