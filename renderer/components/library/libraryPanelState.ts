import type { Development } from '../../../common/development';

/**
 * What the library panel shows besides its search: the development opened (read or edited,
 * among the results or pinned above them), the import and share panels, the undo bar of a
 * deletion and the last message.
 */
export interface LibraryPanelState {
  selected: Development | null;
  editing: boolean;
  /** Opened from a source chip in the note: shown above the results, with focus on its title. */
  pinned: boolean;
  importing: boolean;
  sharing: boolean;
  /** The development just deleted, until it is restored or another is deleted. */
  trashed: { id: string; title: string } | null;
  message: string | null;
}

export type LibraryPanelAction =
  | { type: 'toggle import' }
  /** "Import into library…" from the menu or palette, or files dropped on the window or opened from the desktop: the import panel opens (never closes) to take them. */
  | { type: 'open import' }
  | { type: 'toggle share' }
  /** A result was chosen: the one open closes if it was that one (see `isOpen`); the development comes with 'show'. */
  | { type: 'choose'; id: string }
  | { type: 'show'; development: Development }
  /** Asked for from the note: reading, not editing, while it loads. */
  | { type: 'stop editing' }
  | { type: 'pin'; development: Development }
  | { type: 'edit' }
  /** Saved from the form, or an earlier revision restored: the development as it is now. */
  | { type: 'changed'; development: Development; message: string }
  | { type: 'trashed'; development: Development }
  | { type: 'untrashed'; development: Development }
  | { type: 'failed'; message: string };

export const INITIAL_LIBRARY_PANEL: LibraryPanelState = {
  selected: null,
  editing: false,
  pinned: false,
  importing: false,
  sharing: false,
  trashed: null,
  message: null,
};

/** Whether choosing this result closes it (it is the one open) rather than opening it. */
export function isOpen(state: LibraryPanelState, id: string): boolean {
  return state.selected?.id === id;
}

export function libraryPanelReducer(state: LibraryPanelState, action: LibraryPanelAction): LibraryPanelState {
  switch (action.type) {
    case 'toggle import':
      return { ...state, importing: !state.importing };
    case 'open import':
      return state.importing ? state : { ...state, importing: true };
    case 'toggle share':
      return { ...state, sharing: !state.sharing };
    case 'choose':
      return { ...state, editing: false, pinned: false, selected: isOpen(state, action.id) ? null : state.selected };
    case 'show':
      return { ...state, selected: action.development };
    case 'stop editing':
      return { ...state, editing: false };
    case 'pin':
      return { ...state, selected: action.development, pinned: true };
    case 'edit':
      return state.selected ? { ...state, editing: true } : state;
    case 'changed':
      return { ...state, selected: action.development, editing: false, message: action.message };
    case 'trashed':
      return { ...state, selected: null, trashed: { id: action.development.id, title: action.development.title } };
    case 'untrashed':
      return { ...state, selected: action.development, trashed: null, message: `Restored “${state.trashed?.title ?? action.development.title}”.` };
    case 'failed':
      return { ...state, message: action.message };
  }
}
