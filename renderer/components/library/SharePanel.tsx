import { useId, useState } from 'react';
import type { BundleConflict, BundleImportResult, ConflictResolution } from '../../../common/bundle';
import type { SearchFilters } from '../../../common/development';
import { useClient } from '../../client/ClientContext';
import { downloadBase64 } from '../download';
import { messageOf } from './messageOf';
import { readUpload } from './readUpload';

interface SharePanelProps {
  query: string;
  filters: SearchFilters;
  onChanged(): void;
}

const RESOLUTIONS: ConflictResolution[] = ['keep mine', 'take theirs', 'keep both'];
const LABELS: Record<ConflictResolution, string> = { 'keep mine': 'Keep mine', 'take theirs': 'Take theirs', 'keep both': 'Keep both' };

/** Export the library (or the current selection) as a bundle, and merge a colleague's bundle, conflicts resolved one by one. */
export function SharePanel({ query, filters, onChanged }: SharePanelProps) {
  const client = useClient();
  const ids = useId();
  const [selectionOnly, setSelectionOnly] = useState(false);
  const [status, setStatus] = useState('');
  const [result, setResult] = useState<BundleImportResult | null>(null);
  const [conflicts, setConflicts] = useState<BundleConflict[]>([]);

  async function exportBundle() {
    try {
      const { count, outcome } = await client.call('library.exportBundle', selectionOnly ? { query, filters } : {});
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') downloadBase64(outcome.fileName, outcome.mimeType, outcome.dataBase64);
      setStatus(`Exported ${count} development${count === 1 ? '' : 's'} to “${outcome.fileName}”.`);
    } catch (error) {
      setStatus(`Export failed: ${messageOf(error)}`);
    }
  }

  async function importBundle(file: File) {
    try {
      const merged = await client.call('library.importBundle', { fileName: file.name, dataBase64: await readUpload(file) });
      setResult(merged);
      setConflicts(merged.conflicts);
      setStatus(
        `Merged “${file.name}”: ${merged.added} added, ${merged.updated} updated, ${merged.unchanged} unchanged, ` +
          `${merged.keptNewer} kept (yours is newer), ${merged.conflicts.length} conflict${merged.conflicts.length === 1 ? '' : 's'} to resolve.`,
      );
      onChanged();
    } catch (error) {
      setResult(null);
      setStatus(messageOf(error));
    }
  }

  async function resolve(conflict: BundleConflict, resolution: ConflictResolution) {
    try {
      await client.call('library.resolveConflict', { resolution, theirs: conflict.theirs });
      setConflicts((list) => list.filter((c) => c !== conflict));
      setStatus(`“${conflict.mine.title}”: ${LABELS[resolution].toLowerCase()}.`);
      onChanged();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return (
    <section className="share-panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Share with your team</h3>
      <div className="field field-check">
        <input id={`${ids}-selection`} type="checkbox" checked={selectionOnly} onChange={(e) => setSelectionOnly(e.target.checked)} />
        <label htmlFor={`${ids}-selection`}>Only the current search and filters</label>
      </div>
      <button type="button" onClick={exportBundle}>
        Export bundle
      </button>
      <div className="field">
        <label htmlFor={`${ids}-file`}>Import a colleague’s bundle</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importBundle(file);
          }}
        />
      </div>
      <p role="status">{status}</p>
      {result && conflicts.length > 0 && (
        <ul className="conflicts" aria-label="Bundle conflicts">
          {conflicts.map((conflict) => (
            <li key={conflict.theirs.id}>
              <p>
                <strong>{conflict.mine.title}</strong> — {conflict.reason}.
              </p>
              <p>
                Mine: revision {conflict.mine.revision}, “{conflict.mine.title}”, updated {conflict.mine.updatedAt.slice(0, 10)}.
                <br />
                Theirs: revision {conflict.theirs.revision}, “{conflict.theirs.title}”, updated {conflict.theirs.updatedAt.slice(0, 10)}.
              </p>
              <div className="form-actions">
                {RESOLUTIONS.map((resolution) => (
                  <button
                    type="button"
                    key={resolution}
                    aria-label={`${LABELS[resolution]}: ${conflict.mine.title}`}
                    onClick={() => resolve(conflict, resolution)}
                  >
                    {LABELS[resolution]}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
