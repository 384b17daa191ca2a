import { NOTE_STATUS_LABELS, NOTE_STATUSES } from '../../../common/clearance';
import type { StatusFilterValue } from './statusFilter';

/** The notes list's choice of status: every note, or those at one status. */
export function StatusFilter({ value, onChange }: { value: StatusFilterValue; onChange(value: StatusFilterValue): void }) {
  return (
    <>
      <label htmlFor="notes-status-filter">Status filter</label>
      <select id="notes-status-filter" value={value} onChange={(event) => onChange(event.target.value as StatusFilterValue)}>
        <option value="all">All statuses</option>
        {NOTE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {NOTE_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </>
  );
}
