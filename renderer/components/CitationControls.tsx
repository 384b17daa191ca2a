import { useState } from 'react';
import { CITATION_STYLES, type CitationStyle } from '../../common/citations';
import { citationStyleOf, type Note } from '../../common/note';
import { useClient } from '../client/ClientContext';

const STYLE_LABELS: Record<CitationStyle, string> = { numbered: 'Numbered sources', none: 'None' };

interface CitationControlsProps {
  note: Note;
  flush(): Promise<void>;
  /** Reloads the note after the back end changed its body (freezing). */
  onReopen(): void;
  announce(message: string): void;
}

/** How the export cites linked snippets, and "Freeze links" before a note is sent. */
export function CitationControls({ note, flush, onReopen, announce }: CitationControlsProps) {
  const client = useClient();
  const [style, setStyle] = useState<CitationStyle>(citationStyleOf(note));

  async function changeStyle(next: CitationStyle) {
    setStyle(next);
    try {
      await client.call('notes.setCitationStyle', { noteId: note.id, citationStyle: next });
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
    }
  }

  async function freeze() {
    try {
      await flush();
      const { frozen } = await client.call('notes.freezeLinks', { noteId: note.id });
      announce(
        frozen === 0
          ? 'This note has no linked snippets to freeze.'
          : `Froze ${frozen} linked snippet${frozen === 1 ? '' : 's'}: the text stays, citations are kept, and the note no longer follows the library. A snapshot was kept in History.`,
      );
      onReopen();
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="citation-controls">
      <label htmlFor={`citations-${note.id}`}>Citations</label>
      <select id={`citations-${note.id}`} value={style} onChange={(event) => changeStyle(event.target.value as CitationStyle)}>
        {CITATION_STYLES.map((value) => (
          <option key={value} value={value}>
            {STYLE_LABELS[value]}
          </option>
        ))}
      </select>
      <button type="button" onClick={freeze}>
        Freeze links
      </button>
    </div>
  );
}
