import { useState } from 'react';
import { useClient } from '../../client/ClientContext';
import { Modal, ProblemList } from '../Modal';

interface SaveAsTemplateDialogProps {
  noteId: string;
  open: boolean;
  suggestedName: string;
  onClose(): void;
  onSaved(name: string): void;
}

/** Asks for a name, then makes a user template from the note's template and its section headings. */
export function SaveAsTemplateDialog({ noteId, open, suggestedName, onClose, onSaved }: SaveAsTemplateDialogProps) {
  return (
    <Modal open={open} title="Save as template" onClose={onClose}>
      <SaveAsTemplateForm noteId={noteId} suggestedName={suggestedName} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function SaveAsTemplateForm({ noteId, suggestedName, onClose, onSaved }: Omit<SaveAsTemplateDialogProps, 'open'>) {
  const client = useClient();
  const [name, setName] = useState(suggestedName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          const saved = await client.call('templates.saveFromNote', { noteId, name });
          onClose();
          onSaved(saved.name);
        } catch (reason) {
          setError(reason instanceof Error ? reason.message : String(reason));
        } finally {
          setBusy(false);
        }
      }}
    >
      <p className="muted">The template keeps this note’s fields and print settings; its level 2 headings become the sections.</p>
      <div className="field">
        <label htmlFor="template-name">Template name</label>
        <input id="template-name" value={name} required maxLength={120} autoFocus onChange={(event) => setName(event.target.value)} />
      </div>
      <ProblemList heading="Not saved." message={error} />
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
          Save template
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
