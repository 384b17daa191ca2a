import { NOTE_STATUS_LABELS, statusOf, type NoteStatus } from '../../../common/clearance';
import type { NoteSummary } from '../../../common/note';

export type StatusFilterValue = NoteStatus | 'all';

/**
 * The notes at the chosen status. A note listed without a status (one that could not be
 * read) is shown only under "All statuses": what it would be is unknown.
 */
export function filterByStatus(notes: NoteSummary[], status: StatusFilterValue): NoteSummary[] {
  if (status === 'all') return notes;
  return notes.filter((note) => !note.problem && statusOf(note) === status);
}

/** What the list says when nothing is shown, naming what excluded the notes. */
export function noMatchMessage(query: string, status: StatusFilterValue): string {
  const trimmed = query.trim();
  if (status === 'all') return `No note titles match “${trimmed}”.`;
  const label = NOTE_STATUS_LABELS[status];
  return trimmed ? `No notes at status “${label}” have titles matching “${trimmed}”.` : `No notes at status “${label}”.`;
}
