import { useEffect, useState } from 'react';
import type { Backlink } from '../../../common/backlinks';
import { useClient } from '../../client/ClientContext';
import { useNoteNavigation } from '../../state/noteNavigation';
import { useNotesSaved } from '../../state/notesSaved';

/** The notes that cite a development, each opening at its first citation. */
export function Backlinks({ developmentId, revision }: { developmentId: string; revision: number }) {
  const client = useClient();
  const { openNoteAt } = useNoteNavigation();
  const [links, setLinks] = useState<Backlink[] | null>(null);
  // Read again after each save of a note: an insert or a removal shows here as soon as it is saved.
  const notesSaved = useNotesSaved();

  useEffect(() => {
    let cancelled = false;
    client
      .call('library.backlinks', { developmentId })
      .then((found) => !cancelled && setLinks(found))
      .catch(() => !cancelled && setLinks([]));
    return () => {
      cancelled = true;
    };
  }, [client, developmentId, revision, notesSaved]);

  if (!links) return null;
  return (
    <section className="backlinks" aria-label="Cited in">
      <h3>Cited in</h3>
      {links.length === 0 ? (
        <p className="muted">No note cites this development yet.</p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.noteId}>
              <button type="button" onClick={() => openNoteAt(link.noteId, link.snippetId)}>
                {link.title}
              </button>{' '}
              <span className="muted">{new Date(link.updatedAt).toLocaleDateString()}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
