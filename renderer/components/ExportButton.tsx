import { useState } from 'react';
import type { ExportOutcome } from '../../common/contract';
import { useClient } from '../client/ClientContext';

const KINDS = {
  pdf: { method: 'export.pdf', label: 'Export PDF', type: 'application/pdf' },
  docx: {
    method: 'export.docx',
    label: 'Export DOCX',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
} as const;

/** Hands a downloaded file to the browser; the desktop shell saves through its own dialog instead. */
function download(outcome: Extract<ExportOutcome, { delivery: 'download' }>, type: string): void {
  const bytes = Uint8Array.from(atob(outcome.dataBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = outcome.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface ExportButtonProps {
  kind?: keyof typeof KINDS;
  noteId: string;
  beforeExport(): Promise<void>;
  announce(message: string): void;
}

export function ExportButton({ kind = 'pdf', noteId, beforeExport, announce }: ExportButtonProps) {
  const { method, label, type } = KINDS[kind];
  const client = useClient();
  const [busy, setBusy] = useState(false);

  async function exportFile() {
    setBusy(true);
    try {
      await beforeExport();
      const outcome = await client.call(method, { noteId });
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') download(outcome, type);
      const count = outcome.pageCount;
      const pages = count === undefined ? '' : ` (${count} page${count === 1 ? '' : 's'})`;
      announce(`Exported “${outcome.fileName}”${pages}.`);
    } catch (error) {
      announce(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className={kind === 'pdf' ? 'primary' : undefined} onClick={exportFile} disabled={busy} aria-busy={busy}>
      {label}
    </button>
  );
}
