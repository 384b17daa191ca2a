import { useCallback, useEffect, useState } from 'react';
import type { SearchFilters, SearchHit } from '../../../common/development';
import { useClient } from '../../client/ClientContext';
import { messageOf } from '../../../common/messageOf';
import type { SortOrder } from './SearchFilters';

/** Short: the service answers in milliseconds; this only merges bursts of fast typing. */
const SEARCH_DELAY_MS = 25;

/** Search-as-you-type: the latest query, filters and order, debounced; stale answers are dropped. */
export function useLibrarySearch(query: string, filters: SearchFilters, sort: SortOrder) {
  const client = useClient();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [resultsFor, setResultsFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      client
        .call('library.search', { query, limit: 20, filters, sort })
        .then((found) => {
          if (cancelled) return;
          setHits(found);
          setResultsFor(query);
          setError(null);
        })
        .catch((reason: unknown) => !cancelled && setError(messageOf(reason)));
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, query, filters, sort, generation]);

  return { hits, resultsFor, error, refresh };
}
