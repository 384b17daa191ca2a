/** The open note's actions that live in the header's "More actions" menu. */
export type NoteActionId = 'exportDocx' | 'draftWatermark' | 'preview' | 'review' | 'importReview' | 'clearance' | 'history' | 'saveAsTemplate' | 'share' | 'trash';

export interface NoteActionItem {
  id: NoteActionId;
  /** The item's name: the same words as the button it replaced, so it is found by the same name. */
  label: string;
  disabled: boolean;
  /** A separator goes before this item. */
  groupStart: boolean;
  /** Set for an on/off item (role menuitemcheckbox): whether it is on. */
  checked?: boolean;
}

export interface NoteActionState {
  /** How many entries the clearance list has (shown in its item, as on the old button). */
  clearanceCount: number;
  /** Whether the Review panel is shown; null where the note has no review (no comments). */
  reviewOpen: boolean | null;
  draftWatermark: boolean;
  /** A DOCX export is under way: its item waits. */
  exportingDocx: boolean;
}

/**
 * The "More actions" menu, as data: exporting (DOCX, the watermark both exports print, the
 * preview), then review (the Review panel, a reviewer's Word comments, clearance), then the note's copies and versions, and last the trash, apart.
 */
export function noteActionItems(state: NoteActionState): NoteActionItem[] {
  const item = (id: NoteActionId, label: string, extra: Partial<NoteActionItem> = {}): NoteActionItem => ({ id, label, disabled: false, groupStart: false, ...extra });
  const items = [
    item('exportDocx', 'Export DOCX', { disabled: state.exportingDocx }),
    item('draftWatermark', 'Draft watermark', { checked: state.draftWatermark }),
    item('preview', 'Preview'),
  ];
  if (state.reviewOpen !== null) items.push(item('review', 'Review', { checked: state.reviewOpen, groupStart: true }));
  items.push(item('importReview', 'Import review from DOCX…', { groupStart: state.reviewOpen === null }));
  items.push(item('clearance', state.clearanceCount > 0 ? `Clearance (${state.clearanceCount})` : 'Clearance'));
  items.push(item('history', 'History', { groupStart: true }), item('saveAsTemplate', 'Save as template'), item('share', 'Share note'));
  items.push(item('trash', 'Move to trash', { groupStart: true }));
  return items;
}
