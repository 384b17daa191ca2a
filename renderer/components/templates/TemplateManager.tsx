import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from '../../../common/libraryImport';
import { MAX_TEMPLATE_FILE_BYTES, type TemplateCatalogEntry } from '../../../common/userTemplates';
import { useClient } from '../../client/ClientContext';
import { messageOf } from '../../../common/messageOf';
import { useAnnounce } from '../../state/announcer';
import { downloadBase64 } from '../download';
import { FilePicker } from '../FilePicker';
import { CloseRow, Modal, ProblemList } from '../Modal';
import { TemplateEditor } from './TemplateEditor';
import './templates.css';

interface TemplateManagerProps {
  open: boolean;
  onClose(): void;
}

/** Built-in and user templates: duplicate, export, import; edit and delete the user's own. */
export function TemplateManager({ open, onClose }: TemplateManagerProps) {
  const client = useClient();
  const announce = useAnnounce();
  const [catalog, setCatalog] = useState<TemplateCatalogEntry[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ heading: string; message: string } | null>(null);

  const load = useCallback(
    () =>
      client
        .call('templates.catalog', {})
        .then(setCatalog)
        .catch((error) => setProblem({ heading: 'Could not list the templates.', message: messageOf(error) })),
    [client],
  );

  useEffect(() => {
    if (!open) return;
    setEditing(null);
    setProblem(null);
    void load();
  }, [open, load]);

  async function act(heading: string, action: () => Promise<string | void>) {
    setProblem(null);
    try {
      const done = await action();
      if (done) announce(done);
      await load();
    } catch (error) {
      setProblem({ heading, message: messageOf(error) });
    }
  }

  const duplicate = (entry: TemplateCatalogEntry) =>
    act('Not duplicated.', async () => {
      const copy = await client.call('templates.duplicate', { id: entry.id });
      return `Made “${copy.name}”.`;
    });

  const remove = (entry: TemplateCatalogEntry) =>
    act('Not deleted.', async () => {
      await client.call('templates.delete', { id: entry.id });
      return `Deleted “${entry.name}” (its file is in the workspace’s trash folder).`;
    });

  const exportFile = (entry: TemplateCatalogEntry) =>
    act('Not exported.', async () => {
      const outcome = await client.call('templates.export', { id: entry.id });
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') downloadBase64(outcome.fileName, outcome.mimeType, outcome.dataBase64);
      return `Exported “${outcome.fileName}”.`;
    });

  async function importFile(file: File) {
    await act('This template was not imported.', async () => {
      // Refused by its size before it is read, with a message naming the limit (not the request limit of the host).
      if (file.size > MAX_TEMPLATE_FILE_BYTES) {
        throw new Error(`${file.name}: this file is ${formatBytes(file.size)}; the largest template file Brieflink imports is ${formatBytes(MAX_TEMPLATE_FILE_BYTES)}.`);
      }
      const contents = await file.text();
      const imported = await client.call('templates.import', { fileName: file.name, contents });
      return `Imported “${imported.name}”.`;
    });
  }

  const builtIns = catalog.filter((entry) => entry.builtIn);
  const mine = catalog.filter((entry) => !entry.builtIn);

  return (
    <Modal open={open} title="Templates" onClose={onClose} className="template-manager">
      {editing ? (
        <TemplateEditor
          templateId={editing}
          onDone={(savedName) => {
            setEditing(null);
            if (savedName) announce(`Saved “${savedName}”.`);
            void load();
          }}
        />
      ) : (
        <>
          {problem && <ProblemList heading={problem.heading} message={problem.message} />}
          <section aria-labelledby="my-templates-heading">
            <h3 id="my-templates-heading">Your templates</h3>
            {mine.length === 0 ? (
              <p className="muted">None yet: duplicate a built-in template, import a file, or use “Save as template” on a note.</p>
            ) : (
              <TemplateRows entries={mine} onDuplicate={duplicate} onExport={exportFile} onEdit={(entry) => setEditing(entry.id)} onDelete={remove} />
            )}
            <div className="import-row">
              <FilePicker id="template-import" label="Import a template file" accept=".json,application/json" onFile={(file) => void importFile(file)} />
            </div>
          </section>
          <section aria-labelledby="built-in-templates-heading">
            <h3 id="built-in-templates-heading">Built-in templates</h3>
            <p className="muted">Built-in templates cannot be changed; duplicate one to make your own version.</p>
            <TemplateRows entries={builtIns} onDuplicate={duplicate} onExport={exportFile} />
          </section>
          <CloseRow onClose={onClose} />
        </>
      )}
    </Modal>
  );
}

interface TemplateRowsProps {
  entries: TemplateCatalogEntry[];
  onDuplicate(entry: TemplateCatalogEntry): void;
  onExport(entry: TemplateCatalogEntry): void;
  onEdit?(entry: TemplateCatalogEntry): void;
  onDelete?(entry: TemplateCatalogEntry): void;
}

function TemplateRows({ entries, onDuplicate, onExport, onEdit, onDelete }: TemplateRowsProps) {
  return (
    <ul className="template-rows">
      {entries.map((entry) => (
        <li key={entry.id}>
          <div>
            <strong>{entry.name}</strong>
            <p className="muted">{entry.description}</p>
          </div>
          <div className="template-row-actions">
            {onEdit && (
              <button type="button" aria-label={`Edit ${entry.name}`} onClick={() => onEdit(entry)}>
                Edit
              </button>
            )}
            <button type="button" aria-label={`Duplicate ${entry.name}`} onClick={() => onDuplicate(entry)}>
              Duplicate
            </button>
            <button type="button" aria-label={`Export ${entry.name}`} onClick={() => onExport(entry)}>
              Export
            </button>
            {onDelete && (
              <button type="button" aria-label={`Delete ${entry.name}`} onClick={() => onDelete(entry)}>
                Delete
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
