import { useEffect, useId, useRef, useState } from 'react';
import type { Development, DevelopmentRevision } from '../../../common/development';
import { revisionChanges, revisionOrigin } from '../../../common/revisionChanges';
import { useClient } from '../../client/ClientContext';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { WordChanges } from './WordChanges';
import { dateTimeShown } from '../../../common/dates/dateTimeShown';

interface RevisionHistoryProps {
  development: Development;
  /** After "Restore this revision": the development at its new revision. */
  onRestored(development: Development, restoredRevision: number): void;
}

/**
 * "Earlier revisions" of a development: choose one to see what changed between it and the
 * revision after it, and restore it as a new revision (after a confirmation).
 */
export function RevisionHistory({ development, onRestored }: RevisionHistoryProps) {
  const client = useClient();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [earlier, setEarlier] = useState<DevelopmentRevision[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const { busy, error, setError, run } = useAsyncAction();

  useEffect(() => {
    setChosen(null);
    setConfirming(false);
    if (!open) return;
    setEarlier(null);
    client
      .call('library.revisions', { id: development.id })
      .then(setEarlier)
      .catch((reason: Error) => setError(reason.message));
  }, [client, development.id, development.revision, open, setError]);

  // Newest first: the current state, then what it replaced.
  const states = [development, ...(earlier ?? []).map((entry) => entry.development)];
  const index = states.findIndex((state) => state.revision === chosen);
  const picked = index > 0 ? states[index] : null;
  const next = index > 0 ? states[index - 1] : null;
  const changes = picked && next ? revisionChanges(picked, next) : [];

  const restore = (revision: number) =>
    run(async () => {
      const saved = await client.call('library.restoreRevision', { id: development.id, revision, currentRevision: development.revision });
      onRestored(saved, revision);
      // The confirmation disappears with the new revision: keep the keyboard user in the history.
      toggle.current?.focus();
    });

  return (
    <section className="revision-history" aria-labelledby={`${ids}-toggle`}>
      <button ref={toggle} id={`${ids}-toggle`} type="button" aria-expanded={open} aria-controls={`${ids}-panel`} onClick={() => setOpen((on) => !on)}>
        Earlier revisions
      </button>
      <div id={`${ids}-panel`} hidden={!open}>
        {open && error && <p role="alert">{error}</p>}
        {open && earlier === null && !error && <p role="status">Loading earlier revisions…</p>}
        {open && earlier?.length === 0 && <p>No earlier revisions: this is revision {development.revision}, as first saved.</p>}
        {open && earlier && earlier.length > 0 && (
          <>
            <p className="muted">Current: revision {development.revision}, saved {dateTimeShown(development.updatedAt)} ({revisionOrigin(development)}).</p>
            <ul className="revision-list" aria-label={`Earlier revisions of ${development.title}`}>
              {earlier.map(({ revision, development: state }) => (
                <li key={revision}>
                  <button
                    type="button"
                    aria-pressed={chosen === revision}
                    onClick={() => {
                      setConfirming(false);
                      setChosen(chosen === revision ? null : revision);
                    }}
                  >
                    Revision {revision}
                  </button>{' '}
                  <span className="muted">
                    saved {dateTimeShown(state.updatedAt)} · {revisionOrigin(state)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {picked && next && (
          <section className="revision-changes" aria-labelledby={`${ids}-changes`}>
            <h4 id={`${ids}-changes`}>
              Changes from revision {picked.revision} to revision {next.revision}
            </h4>
            {changes.length === 0 ? (
              <p>No field changed (only the revision number).</p>
            ) : (
              <dl>
                {changes.map((change) => (
                  <div key={change.label}>
                    <dt>{change.label}</dt>
                    <dd>
                      <WordChanges before={change.before} after={change.after} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {confirming ? (
              <div className="restore-confirm" role="group" aria-label="Confirm restore">
                <p>
                  Restore revision {picked.revision}? Its content becomes revision {development.revision + 1}; revision{' '}
                  {development.revision} stays in this list.
                </p>
                <button type="button" disabled={busy} onClick={() => restore(picked.revision)}>
                  Restore as revision {development.revision + 1}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Restore this revision
              </button>
            )}
          </section>
        )}
      </div>
    </section>
  );
}
