import { useRef, useState } from 'react';
import { clearancePrintOf, type ClearancePrint, type ClearanceStyle } from '../../../common/clearance';
import { applyReviewEdit, type ReviewEdit, type ReviewState } from '../../../common/clearanceEdits';
import type { Template } from '../../../common/template';
import { ClearanceDialog } from './ClearanceDialog';
import { StatusSelect } from './StatusSelect';
import './clearance.css';

interface ClearanceControlsProps {
  template: Template;
  /** The status and clearance list as the note was opened. */
  initial: ReviewState;
  /** Every change, to be saved with the note (the caller's autosave). */
  onChange(state: ReviewState): void;
  /** The clearance list's dialog is opened from the header's "More actions" menu. */
  dialogOpen: boolean;
  onDialogClose(): void;
}

const PRINTS: Record<ClearanceStyle, string> = {
  'us-clearance-block': 'a “Clearances” table',
  'canada-prepared-consulted-approved': '“Prepared by / Consulted / Approved by”',
  'uk-clearances-line': 'a “Clearances:” line',
  none: '',
};

function printsWhere(setting: ClearancePrint): string {
  if (setting.style === 'none') return 'This note’s template does not print clearance; the list is kept with the note.';
  const where = setting.placement === 'end' ? 'at the end of the note' : 'under the note’s details';
  return `Printed as ${PRINTS[setting.style]} ${where}. Entries without an office or a name are not printed.`;
}

/** The note's status (in the header) and its clearance list (a dialog), saved with the note. */
export function ClearanceControls({ template, initial, onChange, dialogOpen, onDialogClose }: ClearanceControlsProps) {
  const [state, setState] = useState<ReviewState>(initial);
  // The newest state, for edits that come faster than React renders (typing).
  const latest = useRef(initial);

  const edit = (change: ReviewEdit): boolean => {
    const next = applyReviewEdit(latest.current, change);
    if (next === latest.current) return false;
    latest.current = next;
    setState(next);
    onChange(next);
    return true;
  };

  return (
    <div className="clearance-controls">
      <StatusSelect status={state.status} onChange={(status) => edit({ type: 'set-status', status })} />
      <ClearanceDialog
        open={dialogOpen}
        entries={state.clearance}
        printsWhere={printsWhere(clearancePrintOf(template))}
        onAdd={() => {
          const id = crypto.randomUUID();
          return edit({ type: 'add-entry', id }) ? id : null;
        }}
        onChange={(id, fields) => edit({ type: 'update-entry', id, fields })}
        onRemove={(id) => edit({ type: 'remove-entry', id })}
        onClose={onDialogClose}
      />
    </div>
  );
}
