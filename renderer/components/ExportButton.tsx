import { useState } from 'react';
import { useClient } from '../client/ClientContext';
import { downloadFile } from './downloadFile';

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
      if (outcome.delivery === 'download') downloadFile(outcome.fileName, outcome.dataBase64, 'application/pdf');
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
