import type { Note } from '../../../common/note';
import { bodyText } from './versionDifferences';
import './saveConflict.css';

/**
 * "Merge by hand": the version saved elsewhere, shown above the note (which holds and has
 * saved this window's version) so its parts can be copied in. It also stays in History.
 */
export function TheirVersionPanel({ theirs, onClose }: { theirs: Note; onClose(): void }) {
  return (
    <section className="their-version" aria-labelledby="their-version-heading">
      <h3 id="their-version-heading">The other window’s version (revision {theirs.revision}), to merge by hand</h3>
      <p className="muted">Copy what you need from it into the note below. It is also kept in History as “Replaced by a version from another window”.</p>
      {/* Focusable so the keyboard can scroll and select in a long text. */}
      <div className="their-version-text" role="region" aria-label="Text of the other window’s version" tabIndex={0}>
        {bodyText(theirs.body)}
      </div>
      <button type="button" onClick={onClose}>
        Close the other version
      </button>
    </section>
  );
}
