import { useEffect, useId, useState } from 'react';
import type { Development, SearchHit } from '../../common/development';
import { useClient } from '../client/ClientContext';

const SEARCH_DELAY_MS = 120;

/** Search-as-you-type over the library, and the chosen development's summary and key points. */
export function LibraryPanel() {
  const client = useClient();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Development | null>(null);
  const resultsId = useId();

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      client
        .call('library.search', { query, limit: 20 })
        .then((found) => {
          if (cancelled) return;
          setHits(found);
          setError(null);
        })
        .catch((reason: unknown) => !cancelled && setError(reason instanceof Error ? reason.message : String(reason)));
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, query]);

  async function open(id: string) {
    try {
      setSelected(await client.call('library.get', { id }));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  }

  return (
    <div className="library">
      <h2>Library</h2>
      <label htmlFor="library-search">Search library</label>
      <input
        id="library-search"
        type="search"
        value={query}
        aria-controls={resultsId}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="e.g. export controls"
      />
      {error && <p role="alert">{error}</p>}
      <p className="visually-hidden" role="status">
        {query ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </p>
      <ul id={resultsId} className="library-results" aria-label="Library results">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" className="hit" onClick={() => open(hit.id)} aria-expanded={selected?.id === hit.id}>
              <span className="hit-title">{hit.title}</span>
              <span className="hit-meta">
                {[hit.publisher, hit.publishedDate, hit.status].filter(Boolean).join(' · ')}
              </span>
            </button>
            <p className="hit-snippet">
              {hit.snippet.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
            </p>
            {selected?.id === hit.id && (
              <div className="development">
                <p>{selected.summary}</p>
                <h3>Key points</h3>
                <ul>
                  {selected.keyPoints.map((point) => (
                    <li key={point.id}>{point.text}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
      {query && hits.length === 0 && !error && <p className="muted">No developments match “{query}”.</p>}
    </div>
  );
}
