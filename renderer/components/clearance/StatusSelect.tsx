import { NOTE_STATUS_LABELS, NOTE_STATUSES, type NoteStatus } from '../../../common/clearance';

/** The note's place in the review chain: Draft, In review, Cleared, Approved, Sent. */
export function StatusSelect({ status, onChange }: { status: NoteStatus; onChange(status: NoteStatus): void }) {
  return (
    <span className="status-select">
      <label htmlFor="note-status">Status</label>
      <select id="note-status" value={status} onChange={(event) => onChange(event.target.value as NoteStatus)}>
        {NOTE_STATUSES.map((value) => (
          <option key={value} value={value}>
            {NOTE_STATUS_LABELS[value]}
          </option>
        ))}
      </select>
    </span>
  );
}
