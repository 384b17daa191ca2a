import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../common/development';
import { useClient } from '../../client/ClientContext';

export interface FoundHits {
  /** The exact query these hits answer. */
  query: string;
  hits: SearchHit[];
}

/** The [[ menu's search: titles, summaries and key points. */
export const typeaheadSearch = (query: string) => ({ query, limit: 8, scope: 'summaries' as const });

/**
 * Searches the library for the [[ query as it is typed, one search at a time: a query typed
 * while a search runs waits for it, and only the newest of those is sent when it ends (the
 * ones between are stale). `latest` holds the newest answer at once, for key handlers that
 * must know which query the hits answer before React renders them.
 */
export function useTypeaheadSearch(query: string | null) {
  const client = useClient();
  const [found, setFound] = useState<FoundHits>({ query: '', hits: [] });
  const latest = useRef<FoundHits | null>(null);
  const search = useRef<{ running: boolean; wanted: string | null }>({ running: false, wanted: null });
  useEffect(() => {
    const state = search.current;
    state.wanted = query;
    if (query === null) return;
    const settle = (asked: string, hits: SearchHit[], answered = true) => {
      if (state.wanted !== asked) return;
      // A failed search shows no hits but answers nothing: Enter on it searches again.
      latest.current = answered ? { query: asked, hits } : null;
      setFound({ query: asked, hits });
    };
    const send = () => {
      const asked = state.wanted;
      if (asked === null || state.running) return;
      state.running = true;
      client
        .call('library.search', typeaheadSearch(asked))
        .then((hits) => settle(asked, hits))
        .catch(() => settle(asked, [], false))
        .finally(() => {
          state.running = false;
          if (state.wanted !== asked) send();
        });
    };
    send();
  }, [client, query]);
  return { found, latest };
}
