import { useClient } from '../../client/ClientContext';
import { Modal } from '../Modal';
import { TextPromptForm } from '../TextPromptForm';

interface SaveAsTemplateDialogProps {
  noteId: string;
  open: boolean;
  suggestedName: string;
  onClose(): void;
  onSaved(name: string): void;
}

/** Asks for a name, then makes a user template from the note's template and its section headings. */
export function SaveAsTemplateDialog({ noteId, open, suggestedName, onClose, onSaved }: SaveAsTemplateDialogProps) {
  const client = useClient();
  return (
    <Modal open={open} title="Save as template" onClose={onClose}>
      <TextPromptForm
        label="Template name"
        initialValue={suggestedName}
        maxLength={120}
        submitLabel="Save template"
        failureHeading="Not saved."
        intro={<p className="muted">The template keeps this note’s fields and print settings; its level 2 headings become the sections.</p>}
        onSubmit={async (name) => {
          const saved = await client.call('templates.saveFromNote', { noteId, name });
          onClose();
          onSaved(saved.name);
        }}
        onCancel={onClose}
      />
    </Modal>
  );
}
