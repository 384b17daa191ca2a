import type { ReactNode } from 'react';
import type { SearchHit } from '../../../common/development';
import { snippetDrag } from './snippetDrag';

interface SearchResultsProps {
  id: string;
  hits: readonly SearchHit[];
  /** The query these hits answer; exposed on the list so tools and benchmarks can tell when results arrived. */
  resultsFor: string | null;
  selectedId: string | null;
  onSelect(id: string): void;
  /** Shown under the selected hit. */
  detail: ReactNode;
}

/** The hits of a search, each with its highlighted snippet; the chosen one opens beneath it. */
export function SearchResults({ id, hits, resultsFor, selectedId, onSelect, detail }: SearchResultsProps) {
  return (
    <ul id={id} className="library-results" aria-label="Library results" data-results-for={resultsFor ?? undefined}>
      {hits.map((hit) => (
        // Every result drags its development's summary into the note, opened or not.
        <li key={hit.id} {...snippetDrag(hit.id, { kind: 'summary' }, () => hit.snippet.map((part) => part.text).join(''))}>
          <button type="button" className="hit" onClick={() => onSelect(hit.id)} aria-expanded={selectedId === hit.id}>
            <span className="hit-title">{hit.title}</span>
            <span className="hit-meta">
              {[hit.publisher, hit.publishedDate, hit.status].filter(Boolean).join(' · ')}
              {hit.needsReview && <span className="badge"> · needs review</span>}
            </span>
          </button>
          <p className="hit-snippet">
            {hit.snippet.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
          </p>
          {selectedId === hit.id && detail}
        </li>
      ))}
    </ul>
  );
}
