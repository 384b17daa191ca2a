import { useId, useState } from 'react';
import type { BundleConflict, BundleImportResult, ConflictResolution } from '../../../common/bundle';
import type { SearchFilters } from '../../../common/development';
import { formatBytes } from '../../../common/libraryImport';
import { MAX_UPLOAD_BYTES, uploadTooLargeMessage } from '../../../common/uploads';
import { useClient } from '../../client/ClientContext';
import { downloadBase64 } from '../download';
import { messageOf } from '../../../common/messageOf';

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

  /** Merges an uploaded bundle and reports what happened. */
  async function merge(fileName: string, uploadId: string) {
    const merged = await client.call('library.importBundle', { fileName, uploadId });
    setResult(merged);
    setConflicts(merged.conflicts);
    setStatus(
      `Merged “${fileName}”: ${merged.added} added, ${merged.updated} updated, ${merged.unchanged} unchanged, ` +
        `${merged.keptNewer} kept (yours is newer), ${merged.conflicts.length} conflict${merged.conflicts.length === 1 ? '' : 's'} to resolve.`,
    );
    onChanged();
  }

  function failed(error: unknown) {
    setResult(null);
    setStatus(messageOf(error));
  }

  // Browser host: the chosen file is streamed to the host's upload route, then merged.
  async function importBundle(file: File, upload: NonNullable<typeof client.upload>) {
    try {
      if (file.size > MAX_UPLOAD_BYTES.bundle) throw new Error(uploadTooLargeMessage('bundle', MAX_UPLOAD_BYTES.bundle, file.size, file.name));
      setStatus(`Uploading “${file.name}” (${formatBytes(file.size)})…`);
      const { uploadId } = await upload('bundle', file);
      setStatus(`Merging “${file.name}”…`);
      await merge(file.name, uploadId);
    } catch (error) {
      failed(error);
    }
  }

  // Desktop shell: its own open dialog reads the file in the main process.
  async function chooseAndImportBundle() {
    try {
      const chosen = await client.call('uploads.chooseFile', { kind: 'bundle' });
      if ('cancelled' in chosen) return;
      setStatus(`Merging “${chosen.fileName}”…`);
      await merge(chosen.fileName, chosen.uploadId);
    } catch (error) {
      failed(error);
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
      {client.upload ? (
        <div className="field">
          <label htmlFor={`${ids}-file`}>Import a colleague’s bundle</label>
          <input
            id={`${ids}-file`}
            type="file"
            accept=".json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file && client.upload) void importBundle(file, client.upload.bind(client));
            }}
          />
        </div>
      ) : (
        <button type="button" onClick={chooseAndImportBundle}>
          Import a colleague’s bundle…
        </button>
      )}
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
