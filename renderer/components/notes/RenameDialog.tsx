import { Modal } from '../Modal';
import { TextPromptForm } from '../TextPromptForm';

interface RenameDialogProps {
  /** The note being renamed, or null when the dialog is closed. */
  note: { id: string; title: string } | null;
  onRename(id: string, title: string): Promise<void>;
  onClose(): void;
}

/** Asks for a note's new title, which becomes its Subject. */
export function RenameDialog({ note, onRename, onClose }: RenameDialogProps) {
  return (
    <Modal open={note !== null} title="Rename note" onClose={onClose}>
      {note && (
        <TextPromptForm
          key={note.id}
          label="Title"
          initialValue={note.title}
          maxLength={2000}
          submitLabel="Rename"
          failureHeading="Not renamed."
          onSubmit={async (title) => {
            await onRename(note.id, title);
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
