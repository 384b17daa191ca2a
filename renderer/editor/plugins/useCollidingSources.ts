import { useEffect, useState } from 'react';
import { useClient } from '../../client/ClientContext';
import { useLibraryRevision } from '../../state/libraryChanges';
import { useSharedSources } from '../SharedSources';
import type { CollidingSources } from '../snippetTracker';

const NONE: CollidingSources = new Map();

/**
 * The sources this note keeps its own version of (an imported shared note) paired with the
 * library's entry of the same id, fetched again when the library changes. Most notes keep
 * none, and then nothing is asked. A source no longer in the library is not a collision: the
 * snippet's usual "source missing" applies.
 */
export function useCollidingSources(): CollidingSources {
  const client = useClient();
  const { entries } = useSharedSources();
  const [colliding, setColliding] = useState<CollidingSources>(NONE);
  const libraryRevision = useLibraryRevision();

  useEffect(() => {
    if (entries.length === 0) {
      setColliding(NONE);
      return;
    }
    let cancelled = false;
    void Promise.all(
      entries.map(({ development: note }) =>
        client.call('library.get', { id: note.id }).then(
          (library) => [note.id, { library, note }] as const,
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (!cancelled) setColliding(new Map(pairs.filter((pair) => pair !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [client, entries, libraryRevision]);

  return colliding;
}
