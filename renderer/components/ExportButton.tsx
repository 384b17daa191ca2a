import { useId, useRef, useState, type ReactNode } from 'react';
import type { firstPageProblems } from '../../common/firstPage';
import type { MissingItem } from '../../common/noteStructure';
import { messageOf } from '../../common/messageOf';
import { useClient } from '../client/ClientContext';
import { useAnnounce } from '../state/announcer';
import { useOpenNote } from '../state/openNote';
import { useWindowCommand } from '../state/windowCommands';
import { downloadBase64 } from './download';

/** What the user is told before an export: empty required parts, a note over its page limit, and sections that do not end on page 1. */
export type ExportWarning = MissingItem | { kind: 'page-limit'; label: string } | ReturnType<typeof firstPageProblems>[number] | { kind: 'comments'; label: string } | { kind: 'suggestions'; label: string };

const WARNING_KIND = { field: 'Field', section: 'Section', 'page-limit': 'Length', 'first-page': 'Page 1', comments: 'Review', suggestions: 'Review' } as const;

/** The dialog's title names each kind of problem it lists. */
function warningTitle(gaps: readonly ExportWarning[]): string {
  const has = (...kinds: ExportWarning['kind'][]) => gaps.some((gap) => kinds.includes(gap.kind));
  const parts = [
    has('field', 'section') && 'Some required parts are empty',
    has('page-limit') && 'The note is over its page limit',
    has('first-page') && 'Some sections do not end on page 1',
    has('comments') && 'Some comments are not resolved',
    has('suggestions') && 'Some suggested changes are not decided',
  ].filter((part): part is string => Boolean(part));
  return parts.map((part, index) => (index === 0 ? part : part[0].toLowerCase() + part.slice(1))).join('; ');
}

const KINDS = {
  pdf: { method: 'export.pdf', label: 'Export PDF', command: 'note.exportPdf' },
  docx: { method: 'export.docx', label: 'Export DOCX', command: 'note.exportDocx' },
} as const;

interface ExportButtonProps {
  kind?: keyof typeof KINDS;
  /** Print a DRAFT watermark on every page. */
  draft: boolean;
  /** Required fields and sections still empty, a page count over the limit, sections past page 1; the user is warned and may export anyway. */
  missing(): ExportWarning[] | Promise<ExportWarning[]>;
}

/** One export of the open note: `start` runs it (warnings first), `dialog` is its warning, to be rendered wherever its trigger is. */
export interface NoteExport {
  label: string;
  start(): void;
  busy: boolean;
  dialog: ReactNode;
}

/**
 * Exports the open note, as saved: a download in the browser host, a save dialog in the desktop
 * shell. The menu's and the palette's Export run the same, warnings and all.
 */
export function useNoteExport({ kind = 'pdf', draft, missing }: ExportButtonProps): NoteExport {
  const { method, label, command } = KINDS[kind];
  const client = useClient();
  const announce = useAnnounce();
  const { id: noteId, flush } = useOpenNote();
  const [busy, setBusy] = useState(false);
  const [gaps, setGaps] = useState<ExportWarning[]>([]);
  const warning = useRef<HTMLDialogElement>(null);
  const id = useId();

  async function exportFile() {
    warning.current?.close();
    setBusy(true);
    try {
      await flush();
      const outcome = await client.call(method, { noteId, draft });
      if (outcome.delivery === 'cancelled') return;
      if (outcome.delivery === 'download') downloadBase64(outcome.fileName, outcome.mimeType, outcome.dataBase64);
      const count = outcome.pageCount;
      const pages = count === undefined ? '' : ` (${count} page${count === 1 ? '' : 's'})`;
      announce(`Exported “${outcome.fileName}”${pages}.${outcome.notice ? ` ${outcome.notice}` : ''}`);
    } catch (error) {
      announce(`Export failed: ${messageOf(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function start() {
    setBusy(true);
    let found: ExportWarning[];
    try {
      found = await missing();
    } catch (error) {
      // The note could not be saved first: exporting now would export an older version.
      announce(`Export failed: ${messageOf(error)}`);
      return;
    } finally {
      setBusy(false);
    }
    if (found.length === 0) return void exportFile();
    setGaps(found);
    warning.current?.showModal();
  }

  const run = useWindowCommand(command, () => void start());

  const dialog = (
    <dialog ref={warning} role="alertdialog" className="small-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-list`}>
      <h2 id={`${id}-title`}>{warningTitle(gaps)}</h2>
      <ul id={`${id}-list`}>
        {gaps.map((gap) => (
          <li key={`${gap.kind}-${gap.label}`}>
            {WARNING_KIND[gap.kind]}: {gap.label}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={exportFile}>
          Export anyway
        </button>
        <button type="button" className="primary" onClick={() => warning.current?.close()} autoFocus>
          Cancel
        </button>
      </div>
    </dialog>
  );
  return { label, start: run, busy, dialog };
}

/** The export as a button of its own (the header's main action, Export PDF). */
export function ExportButton(props: ExportButtonProps) {
  const { label, start, busy, dialog } = useNoteExport(props);
  return (
    <>
      <button type="button" className={props.kind === 'docx' ? undefined : 'primary'} onClick={start} disabled={busy} aria-busy={busy}>
        {label}
      </button>
      {dialog}
    </>
  );
}
