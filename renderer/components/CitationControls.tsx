import { useState } from 'react';
import { CITATION_STYLES, type CitationStyle } from '../../common/citations';
import { messageOf } from '../../common/messageOf';
import { citationStyleOf, type Note } from '../../common/note';
import { useClient } from '../client/ClientContext';
import { useAnnounce } from '../state/announcer';
import { useOpenNote } from '../state/openNote';
import { runOnSavedNote } from '../state/runOnSavedNote';

const STYLE_LABELS: Record<CitationStyle, string> = { numbered: 'Numbered sources', none: 'None' };

/** How the export cites linked snippets, and "Freeze links" before a note is sent. */
export function CitationControls({ note }: { note: Note }) {
  const client = useClient();
  const announce = useAnnounce();
  const openNote = useOpenNote();
  const [style, setStyle] = useState<CitationStyle>(citationStyleOf(note));

  async function changeStyle(next: CitationStyle) {
    setStyle(next);
    try {
      await client.call('notes.setCitationStyle', { noteId: note.id, citationStyle: next });
    } catch (error) {
      announce(messageOf(error));
    }
  }

  async function freeze() {
    try {
      const { frozen } = await runOnSavedNote(openNote, () => client.call('notes.freezeLinks', { noteId: note.id }));
      announce(
        frozen === 0
          ? 'This note has no linked snippets to freeze.'
          : `Froze ${frozen} linked snippet${frozen === 1 ? '' : 's'}: the text stays, citations are kept, and the note no longer follows the library. A snapshot was kept in History.`,
      );
    } catch (error) {
      announce(messageOf(error));
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
