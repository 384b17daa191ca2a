import { useEffect, useId, useRef, useState } from 'react';
import { IMPORT_EXTENSIONS, type ImportProposal } from '../../../common/libraryImport';
import { useClient } from '../../client/ClientContext';
import { useIncomingFiles } from '../../state/incomingFiles';
import { DevelopmentForm } from './DevelopmentForm';
import { DuplicateChoice, type DuplicateDecision } from './DuplicateChoice';
import { messageOf } from '../../../common/messageOf';
import { readUpload } from './readUpload';
import { openFilePicker } from '../FilePicker';

type ImportItem =
  | { key: number; name: string; state: 'reading' }
  | { key: number; name: string; state: 'failed'; message: string }
  | { key: number; name: string; state: 'proposed'; proposal: ImportProposal }
  | { key: number; name: string; state: 'saved' | 'skipped'; title: string };

interface ImportPanelProps {
  onSaved(id: string): void;
  /** How many times "Import into library…" asked for the file picker; each new ask opens it. */
  pickerRequests?: number;
}

let nextKey = 1;

/** Files or pasted text become proposals, one call per file; each is reviewed and saved (or skipped) on its own. */
export function ImportPanel({ onSaved, pickerRequests = 0 }: ImportPanelProps) {
  const client = useClient();
  const ids = useId();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [pasted, setPasted] = useState('');
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [decision, setDecision] = useState<DuplicateDecision>({ action: 'skip' });
  const filesInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (pickerRequests > 0) openFilePicker(filesInput.current);
  }, [pickerRequests]);
  const update = (key: number, item: ImportItem) => setItems((list) => list.map((i) => (i.key === key ? item : i)));

  // Files dropped anywhere on the window or opened from the desktop: a single one is reviewed at once, as pasted text is.
  useIncomingFiles('library', (incoming) => {
    const files = incoming.flatMap((item) => ('file' in item ? [item.file] : []));
    if (files.length > 0) void importFiles(files, { review: incoming.length === 1 });
    for (const item of incoming) {
      if ('file' in item) continue;
      const key = nextKey++;
      setItems((list) => [{ key, name: item.fileName, state: 'proposed', proposal: item.proposal }, ...list]);
      startReview(key, item.proposal);
    }
  });

  async function importFiles(files: readonly File[], { review = false } = {}) {
    const batch = files.map((file) => ({ key: nextKey++, name: file.name, state: 'reading' as const }));
    setItems((list) => [...batch, ...list]);
    setProgress({ done: 0, total: batch.length });
    // One file at a time: the progress bar moves per file and a bad file does not stop the rest.
    for (const [index, file] of files.entries()) {
      const { key, name } = batch[index];
      try {
        const proposal = await client.call('library.importFile', { fileName: file.name, dataBase64: await readUpload(file) });
        update(key, { key, name, state: 'proposed', proposal });
        if (review) startReview(key, proposal);
      } catch (error) {
        update(key, { key, name, state: 'failed', message: messageOf(error) });
      }
      setProgress({ done: index + 1, total: batch.length });
    }
  }

  async function importPasted() {
    const key = nextKey++;
    const name = 'Pasted text';
    setItems((list) => [{ key, name, state: 'reading' }, ...list]);
    try {
      const proposal = await client.call('library.importText', { text: pasted });
      update(key, { key, name, state: 'proposed', proposal });
      setPasted('');
      startReview(key, proposal);
    } catch (error) {
      update(key, { key, name, state: 'failed', message: messageOf(error) });
    }
  }

  function startReview(key: number, proposal: ImportProposal) {
    setReviewing(key);
    setDecision(proposal.duplicates.length > 0 ? { action: 'skip' } : { action: 'keep both' });
  }

  const current = items.find((item) => item.key === reviewing && item.state === 'proposed') as
    | Extract<ImportItem, { state: 'proposed' }>
    | undefined;

  return (
    <section className="import-panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Import into the library</h3>
      {/* Files dropped here, as anywhere on the window, reach this panel through FileDropArea. */}
      <div className="drop-zone">
        <label htmlFor={`${ids}-files`}>Import files</label>
        <input
          ref={filesInput}
          id={`${ids}-files`}
          type="file"
          multiple
          accept={IMPORT_EXTENSIONS.join(',')}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void importFiles(files);
          }}
        />
        <p className="muted">or drop .txt, .md, .html, .pdf or .docx files here</p>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-paste`}>Paste text to import</label>
        <textarea id={`${ids}-paste`} rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" onClick={importPasted} disabled={!pasted.trim()}>
          Propose from pasted text
        </button>
      </div>
      {progress.total > 0 && (
        <div className="import-progress">
          <progress aria-label="Import progress" max={progress.total} value={progress.done} />
          <span role="status">
            {progress.done} of {progress.total} file{progress.total === 1 ? '' : 's'} read
          </span>
        </div>
      )}
      <ul className="import-results" aria-label="Import results">
        {items.map((item) => (
          <li key={item.key} className={`import-${item.state}`}>
            <span className="import-name">{item.name}</span>{' '}
            {item.state === 'reading' && <span>reading…</span>}
            {item.state === 'failed' && <span className="import-error">{item.message}</span>}
            {item.state === 'saved' && <span>saved as “{item.title}”</span>}
            {item.state === 'skipped' && <span>skipped</span>}
            {item.state === 'proposed' && item.key !== reviewing && (
              <button type="button" onClick={() => startReview(item.key, item.proposal)}>
                Review {item.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {current && (
        <section className="import-review" aria-label={`Review ${current.name}`}>
          <h3>Review “{current.proposal.fields.title}”</h3>
          <p className="muted">Brieflink proposed these fields from the file. Check them, then save.</p>
          <DevelopmentForm
            key={current.key}
            initial={current.proposal.fields}
            evidence={current.proposal.evidence}
            saveLabel="Save to library"
            onCancel={() => setReviewing(null)}
            onSave={async (fields) => {
              if (decision.action === 'skip') {
                update(current.key, { key: current.key, name: current.name, state: 'skipped', title: fields.title });
              } else {
                const saved = await client.call('library.saveImport', { ...decision, fields });
                update(current.key, { key: current.key, name: current.name, state: 'saved', title: saved.title });
                onSaved(saved.id);
              }
              setReviewing(null);
            }}
          >
            {current.proposal.duplicates.length > 0 && (
              <DuplicateChoice duplicates={current.proposal.duplicates} decision={decision} onChange={setDecision} />
            )}
          </DevelopmentForm>
        </section>
      )}
    </section>
  );
}
