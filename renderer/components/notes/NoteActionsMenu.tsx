import { useState } from 'react';
import { messageOf } from '../../../common/messageOf';
import { useComments } from '../../editor/comments/CommentsContext';
import { useAnnounce } from '../../state/announcer';
import { useOpenNote } from '../../state/openNote';
import { useNoteExport, type ExportWarning } from '../ExportButton';
import { MenuButton } from '../menu/MenuButton';
import { PreviewDialog } from '../preview/PreviewDialog';
import { HistoryDialog } from './HistoryDialog';
import { useImportReview } from './ImportReview';
import { noteActionItems, type NoteActionId, type NoteActionItem } from './noteActionItems';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { useShareNote } from './useShareNote';
import './notes.css';

interface NoteActionsMenuProps {
  title: string;
  draftWatermark: boolean;
  onDraftWatermarkChange(on: boolean): void;
  /** What the export warns about (as for Export PDF). */
  missing(): ExportWarning[] | Promise<ExportWarning[]>;
  /** Read when the menu opens: the clearance list's length, for its item's name. */
  clearanceCount(): number;
  openClearance(): void;
  moveToTrash(): void;
}

type Dialog = 'history' | 'template' | 'preview';

/**
 * The note header's "More actions" menu: everything but Export PDF, so the header keeps to one
 * row in a laptop's window. It holds the dialogs its items open; each opens on what is on screen
 * (pending changes saved first), and returns focus to the menu's button when it closes.
 */
export function NoteActionsMenu({ title, draftWatermark, onDraftWatermarkChange, missing, clearanceCount, openClearance, moveToTrash }: NoteActionsMenuProps) {
  const { id: noteId, flush, reopen } = useOpenNote();
  const announce = useAnnounce();
  const comments = useComments();
  const docx = useNoteExport({ kind: 'docx', draft: draftWatermark, missing });
  const share = useShareNote(title);
  const importReview = useImportReview();
  const [open, setOpen] = useState<Dialog | null>(null);

  const show = async (which: Dialog) => {
    try {
      await flush();
    } catch (error) {
      announce(messageOf(error));
      return;
    }
    setOpen(which);
  };

  const actions: Record<NoteActionId, () => void> = {
    exportDocx: docx.start,
    draftWatermark: () => onDraftWatermarkChange(!draftWatermark),
    preview: () => void show('preview'),
    review: () => comments?.setPanelOpen(!comments.panelOpen),
    importReview: importReview.chooseFile,
    clearance: openClearance,
    history: () => void show('history'),
    saveAsTemplate: () => void show('template'),
    share: () => void share(),
    trash: moveToTrash,
  };

  return (
    <>
      <MenuButton<NoteActionItem>
        label="More actions"
        items={() => noteActionItems({ clearanceCount: clearanceCount(), reviewOpen: comments ? comments.panelOpen : null, draftWatermark, exportingDocx: docx.busy })}
        onChoose={(item) => actions[item.id]()}
      />
      {docx.dialog}
      {importReview.view}
      {open === 'preview' && <PreviewDialog noteId={noteId} onClose={() => setOpen(null)} />}
      <HistoryDialog
        noteId={noteId}
        open={open === 'history'}
        onClose={() => setOpen(null)}
        onRestored={(when) => {
          announce(`Restored the version from ${when}.`);
          reopen();
        }}
      />
      {open === 'template' && (
        <SaveAsTemplateDialog
          noteId={noteId}
          open
          suggestedName={title}
          onClose={() => setOpen(null)}
          onSaved={(name) => announce(`Saved the template “${name}”. It is listed under “New note”.`)}
        />
      )}
    </>
  );
}
