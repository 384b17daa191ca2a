import { useId, useState } from 'react';
import { NOW, type NoteComparison, type VersionRef } from '../../../../common/compare/noteComparison';
import type { SnapshotSummary } from '../../../../common/noteHistory';
import { useClient } from '../../../client/ClientContext';
import { useAsyncAction } from '../../../hooks/useAsyncAction';
import { ProblemList } from '../../Modal';
import { snapshotLabel } from '../snapshotLabel';
import { CompareVersionsDialog } from './CompareVersionsDialog';
import './compare.css';
import { dateTimeShown } from '../../../../common/dates/dateTimeShown';

const NOW_LABEL = 'Now (as last saved)';

interface Shown {
  comparison: NoteComparison;
  fromLabel: string;
  toLabel: string;
}

/** In History: pick two versions (a snapshot, or the note now) and open their redline. */
export function CompareVersions({ noteId, snapshots }: { noteId: string; snapshots: readonly SnapshotSummary[] }) {
  const client = useClient();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState<VersionRef>(snapshots[0]?.id ?? NOW);
  const [to, setTo] = useState<VersionRef>(NOW);
  const [shown, setShown] = useState<Shown | null>(null);
  const { busy, error, setError, run } = useAsyncAction();

  const labelOf = (ref: VersionRef) => {
    const snapshot = snapshots.find((candidate) => candidate.id === ref);
    return snapshot ? snapshotLabel(snapshot) : NOW_LABEL;
  };

  const compare = () => {
    if (from === to) {
      setError('Choose two different versions to compare.');
      return;
    }
    void run(async () => {
      const comparison = await client.call('notes.history.compare', { noteId, from, to });
      setShown({ comparison, fromLabel: labelOf(from), toLabel: labelOf(to) });
    });
  };

  // One click for a reviewer: their clearance's version against the note now.
  const sinceCleared = () =>
    void run(async () => {
      const { comparison, clearedAt } = await client.call('notes.history.sinceCleared', { noteId });
      setShown({ comparison, fromLabel: `As you cleared it (${dateTimeShown(clearedAt)})`, toLabel: NOW_LABEL });
    });
  const anyCleared = snapshots.some((snapshot) => snapshot.reason === 'cleared');

  const options = [
    <option key={NOW} value={NOW}>
      {NOW_LABEL}
    </option>,
    ...snapshots.map((snapshot) => (
      <option key={snapshot.id} value={snapshot.id}>
        {snapshotLabel(snapshot)}
      </option>
    )),
  ];

  return (
    <section className="compare-picker" aria-labelledby={headingId}>
      <h3 id={headingId}>Compare two versions</h3>
      <div className="compare-controls">
        <label htmlFor={fromId}>From</label>
        <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value as VersionRef)}>
          {options}
        </select>
        <label htmlFor={toId}>To</label>
        <select id={toId} value={to} onChange={(event) => setTo(event.target.value as VersionRef)}>
          {options}
        </select>
        <button type="button" onClick={compare} disabled={busy}>
          Compare
        </button>
        {anyCleared && (
          <button type="button" onClick={sinceCleared} disabled={busy}>
            Changes since you cleared
          </button>
        )}
      </div>
      <ProblemList heading="Could not compare." message={error} />
      <CompareVersionsDialog
        comparison={shown?.comparison ?? null}
        fromLabel={shown?.fromLabel ?? ''}
        toLabel={shown?.toLabel ?? ''}
        onClose={() => setShown(null)}
      />
    </section>
  );
}
