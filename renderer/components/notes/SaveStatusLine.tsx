import { useStoreValue } from '../../hooks/useStoreValue';
import type { SaveStateStore, SaveStatus } from '../../state/autosaver';

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

/** The save state line: with the length panel, the only part of the note that re-renders as saves come and go. */
export function SaveStatusLine({ store }: { store: SaveStateStore }) {
  const { status, error } = useStoreValue(store);
  return (
    // Laid out on its own (styles.css), except a failure's message, which can be long and grows its box.
    <span className="own-layout-slot">
      <span className={`save-status save-${status}${status === 'failed' ? '' : ' own-layout'}`} role="status">
        {STATUS_TEXT[status]}
        {error && `: ${error}`}
      </span>
    </span>
  );
}
