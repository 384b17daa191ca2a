import { useRef, useState } from 'react';
import { MAX_CLEARANCE_ENTRIES, type ClearanceEntry } from '../../../common/clearance';
import type { ClearanceEntryFields as Fields } from '../../../common/clearanceEdits';
import { CloseRow, Modal } from '../Modal';
import { ClearanceEntryFields } from './ClearanceEntryFields';

interface ClearanceDialogProps {
  open: boolean;
  entries: readonly ClearanceEntry[];
  /** The line under the heading: where this note's template prints the list. */
  printsWhere: string;
  onAdd(): string | null;
  onChange(id: string, fields: Partial<Fields>): void;
  onRemove(id: string): void;
  onClose(): void;
}

/**
 * The note's clearance list: who prepared, cleared and approved it. Every change is saved
 * with the note as it is made, like the note's details.
 */
export function ClearanceDialog({ open, entries, printsWhere, onAdd, onChange, onRemove, onClose }: ClearanceDialogProps) {
  const [added, setAdded] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <Modal open={open} title="Clearance" onClose={onClose} className="clearance-dialog">
      <p className="muted">{printsWhere}</p>
      {entries.length === 0 ? (
        <p>No clearance recorded yet.</p>
      ) : (
        <ol className="clearance-entries" aria-label="Clearance entries">
          {entries.map((entry, index) => (
            <li key={entry.id}>
              <ClearanceEntryFields
                entry={entry}
                number={index + 1}
                autoFocus={entry.id === added}
                onChange={(fields) => onChange(entry.id, fields)}
                onRemove={() => {
                  onRemove(entry.id);
                  setMessage(`Clearance entry ${index + 1} removed.`);
                  // Its button went with it: keep the keyboard in the dialog.
                  addButton.current?.focus();
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        onClick={() => {
          const id = onAdd();
          if (id) {
            setAdded(id);
            setMessage(`Clearance entry ${entries.length + 1} added.`);
          } else {
            setMessage(`A note keeps at most ${MAX_CLEARANCE_ENTRIES} clearance entries.`);
          }
        }}
      >
        Add clearance entry
      </button>
      <p role="status" className="clearance-message">
        {message}
      </p>
      <CloseRow onClose={onClose} />
    </Modal>
  );
}
