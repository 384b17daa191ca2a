import { MAX_CLEARANCE_ENTRIES, type ClearanceEntry, type NoteStatus } from './clearance';

/** What the clearance controls edit: the note's status and its clearance list. */
export interface ReviewState {
  status: NoteStatus;
  clearance: ClearanceEntry[];
}

/** The fields of an entry a person types or picks. */
export type ClearanceEntryFields = Omit<ClearanceEntry, 'id'>;

export type ReviewEdit =
  | { type: 'set-status'; status: NoteStatus }
  /** `id` is made by the caller, so the edit itself stays a pure function. */
  | { type: 'add-entry'; id: string; fields?: Partial<ClearanceEntryFields> }
  | { type: 'update-entry'; id: string; fields: Partial<ClearanceEntryFields> }
  | { type: 'remove-entry'; id: string };

export const EMPTY_ENTRY: ClearanceEntryFields = { step: 'consulted', office: '', name: '', outcome: 'pending', remark: '' };

/**
 * One edit applied to the status and clearance list. An edit that changes nothing (an
 * unknown id, an entry past the limit) gives back the same state,
 * so the caller can tell there is nothing to save.
 */
export function applyReviewEdit(state: ReviewState, edit: ReviewEdit): ReviewState {
  switch (edit.type) {
    case 'set-status':
      return edit.status === state.status ? state : { ...state, status: edit.status };
    case 'add-entry':
      if (state.clearance.length >= MAX_CLEARANCE_ENTRIES || state.clearance.some((entry) => entry.id === edit.id)) return state;
      return { ...state, clearance: [...state.clearance, { ...EMPTY_ENTRY, ...edit.fields, id: edit.id }] };
    case 'update-entry': {
      const index = state.clearance.findIndex((entry) => entry.id === edit.id);
      if (index < 0) return state;
      const current = state.clearance[index]!;
      const next: ClearanceEntry = { ...current, ...edit.fields, id: current.id };
      // A date cleared in its box is no date, not an empty one.
      if (next.date === '' || next.date === undefined) delete next.date;
      const clearance = [...state.clearance];
      clearance[index] = next;
      return { ...state, clearance };
    }
    case 'remove-entry': {
      const clearance = state.clearance.filter((entry) => entry.id !== edit.id);
      return clearance.length === state.clearance.length ? state : { ...state, clearance };
    }
  }
}

/**
 * The problem with an entry's date as typed, or null. A date input gives "" or yyyy-mm-dd;
 * anything else (typed by hand where the browser has no date picker) is refused here, before
 * the save would be.
 */
export function entryDateProblem(value: string): string | null {
  if (value === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'Write the date as yyyy-mm-dd.';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'This date does not exist.';
  return null;
}
