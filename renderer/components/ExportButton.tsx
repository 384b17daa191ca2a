import { useRef, useState } from 'react';
import type { MissingItem } from '../../common/noteStructure';
import { useClient } from '../client/ClientContext';
import { downloadBase64 } from './download';

interface ExportButtonProps {
  noteId: string;
  beforeExport(): Promise<void>;
  /** Required fields and sections still empty; the user is warned and may export anyway. */
  missing(): MissingItem[];
  announce(message: string): void;
}

export function ExportButton({ noteId, beforeExport, missing, announce }: ExportButtonProps) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [gaps, setGaps] = useState<MissingItem[]>([]);
  const warning = useRef<HTMLDialogElement>(null);

  async function exportPdf() {
    warning.current?.close();
    setBusy(true);
    try {
      await beforeExport();
      const outcome = await client.call('export.pdf', { noteId });
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') downloadBase64(outcome.fileName, 'application/pdf', outcome.dataBase64);
      const pages = `${outcome.pageCount} page${outcome.pageCount === 1 ? '' : 's'}`;
      announce(`Exported “${outcome.fileName}” (${pages}).`);
    } catch (error) {
      announce(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function start() {
    const found = missing();
    if (found.length === 0) return void exportPdf();
    setGaps(found);
    warning.current?.showModal();
  }

  return (
    <>
      <button type="button" className="primary" onClick={start} disabled={busy} aria-busy={busy}>
        Export PDF
      </button>
      <dialog ref={warning} role="alertdialog" className="small-dialog" aria-labelledby="missing-title" aria-describedby="missing-list">
        <h2 id="missing-title">Some required parts are empty</h2>
        <ul id="missing-list">
          {gaps.map((gap) => (
            <li key={`${gap.kind}-${gap.label}`}>
              {gap.kind === 'field' ? 'Field' : 'Section'}: {gap.label}
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" onClick={exportPdf}>
            Export anyway
          </button>
          <button type="button" className="primary" onClick={() => warning.current?.close()} autoFocus>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
