import type { Note } from '../../common/note';
import type { SectionStats } from '../../common/noteStructure';
import { useStoreValue } from '../hooks/useStoreValue';
import type { SaveStateStore } from '../state/autosaver';
import type { PageCount } from '../state/livePageCount';
import type { ValueStore } from '../state/valueStore';
import { LengthPanel } from './LengthPanel';

interface LiveLengthPanelProps {
  template: Note['template'];
  saveState: SaveStateStore;
  pageCount: ValueStore<PageCount>;
  /** The words in each section of what was last saved (or opened). */
  sections: ValueStore<SectionStats[]>;
}

/**
 * The length panel: the pages of the note as last saved, busy while a change is still to be
 * saved or counted. It, not the note, re-renders as saves and counts come in.
 */
export function LiveLengthPanel({ template, saveState, pageCount, sections }: LiveLengthPanelProps) {
  const { status } = useStoreValue(saveState);
  const { pages, annexPages, failed, firstPage, counting } = useStoreValue(pageCount);
  return (
    <LengthPanel
      pages={pages}
      annexPages={annexPages}
      pageLimit={template.pageLimit}
      pageCountProblem={failed}
      counting={counting || status === 'pending' || status === 'saving'}
      sections={useStoreValue(sections)}
      firstPage={firstPage}
    />
  );
}
