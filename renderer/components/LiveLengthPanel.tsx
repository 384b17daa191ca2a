import { useEffect, type RefObject } from 'react';
import type { Note } from '../../common/note';
import type { SectionStats } from '../../common/noteStructure';
import type { SaveStateStore } from '../hooks/useAutosave';
import { usePageCount } from '../hooks/usePageCount';
import { useStoreValue, type ValueStore } from '../hooks/valueStore';
import type { LastPrint } from './exportWarnings';
import { LengthPanel } from './LengthPanel';

/** What the last save (or the opening) left to show: its number, 1 once opened, and its words per section. */
export interface SavedBody {
  version: number;
  sections: SectionStats[];
}

interface LiveLengthPanelProps {
  noteId: string;
  template: Note['template'];
  saveState: SaveStateStore;
  saved: ValueStore<SavedBody>;
  /** Filled with each count's pages and first-page checks, for the checks before an export. */
  lastPrint: RefObject<LastPrint>;
}

/**
 * The length panel: counts the pages of each saved version and is busy while a change is
 * still to be saved or counted. It, not the note, re-renders as saves and counts come in.
 */
export function LiveLengthPanel({ noteId, template, saveState, saved, lastPrint }: LiveLengthPanelProps) {
  const { status } = useStoreValue(saveState);
  const { version, sections } = useStoreValue(saved);
  const { pages, annexPages, failed, firstPage, counting } = usePageCount(noteId, version);
  useEffect(() => {
    lastPrint.current = { pages, annexPages, firstPage };
  }, [lastPrint, pages, annexPages, firstPage]);
  return (
    <LengthPanel
      pages={pages}
      annexPages={annexPages}
      pageLimit={template.pageLimit}
      pageCountProblem={failed}
      counting={counting || status === 'pending' || status === 'saving'}
      sections={sections}
      firstPage={firstPage}
    />
  );
}
