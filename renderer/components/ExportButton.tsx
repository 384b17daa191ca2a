import { useState } from 'react';
import type { ExportOutcome } from '../../common/contract';
import { useClient } from '../client/ClientContext';

/** Hands a downloaded PDF to the browser; the desktop shell saves through its own dialog instead. */
function download(outcome: Extract<ExportOutcome, { delivery: 'download' }>): void {
  const bytes = Uint8Array.from(atob(outcome.dataBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = outcome.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface ExportButtonProps {
  noteId: string;
  beforeExport(): Promise<void>;
  announce(message: string): void;
}

export function ExportButton({ noteId, beforeExport, announce }: ExportButtonProps) {
  const client = useClient();
  const [busy, setBusy] = useState(false);

  async function exportPdf() {
    setBusy(true);
    try {
      await beforeExport();
      const outcome = await client.call('export.pdf', { noteId });
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') download(outcome);
      const pages = `${outcome.pageCount} page${outcome.pageCount === 1 ? '' : 's'}`;
      announce(`Exported “${outcome.fileName}” (${pages}).`);
    } catch (error) {
      announce(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="primary" onClick={exportPdf} disabled={busy} aria-busy={busy}>
      Export PDF
    </button>
  );
}
