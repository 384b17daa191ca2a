import type { FileOutcome } from '../../../common/contract';
import { printDocument, renderNotePdf, type ExportOptions } from '../export/exportPdf';
import type { NamespaceHandlers, ServiceDeps } from './serviceDeps';

/** An export goes on when the snapshot before it was refused (a read-only workspace); the user is told. */
function withNotice(outcome: FileOutcome, snapshot: { skipped: string } | object): FileOutcome {
  if (!('skipped' in snapshot) || outcome.delivery === 'cancelled') return outcome;
  return { ...outcome, notice: snapshot.skipped };
}

/** The note as a PDF or a Word document, each export kept in the note's history first. */
export function createExportHandlers(deps: ServiceDeps): NamespaceHandlers<'export'> {
  const exportOptions = (draft: boolean): ExportOptions => ({ draft, author: deps.settings.read().author, version: deps.version });
  return {
    'export.pdf': async ({ noteId, draft }) => {
      const note = deps.notes.open(noteId);
      const snapshot = deps.snapshots.takeUnlessRefused(note, 'export');
      return withNotice(await deps.deliverFile(await renderNotePdf(note, deps.printer, exportOptions(draft))), snapshot);
    },
    'export.preview': async ({ noteId, draft }) => {
      const file = await renderNotePdf(deps.notes.open(noteId), deps.printer, exportOptions(draft));
      return { pageCount: file.pageCount ?? 0, dataBase64: Buffer.from(file.bytes).toString('base64') };
    },
    // The very document export.pdf hands the print engine, fonts and all: paper and PDF match page for page.
    'export.print': async ({ noteId, draft }) => ({ path: deps.printPages.show(printDocument(deps.notes.open(noteId), { draft })) }),
    'export.docx': async ({ noteId, draft }) => {
      const note = deps.notes.open(noteId);
      const snapshot = deps.snapshots.takeUnlessRefused(note, 'export');
      // The docx library loads with the first DOCX export, not at start-up.
      const { renderNoteDocx } = await import('../export/exportDocx');
      return withNotice(await deps.deliverFile(await renderNoteDocx(note, exportOptions(draft))), snapshot);
    },
  };
}
