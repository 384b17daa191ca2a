import { DEVELOPMENT_STATUSES, type SearchFilters as Filters } from '../../../common/development';

export type SortOrder = 'relevance' | 'date';

interface SearchFiltersProps {
  filters: Filters;
  sort: SortOrder;
  jurisdictions: readonly string[];
  topics: readonly string[];
  onChange(filters: Filters): void;
  onSortChange(sort: SortOrder): void;
}

/** Filters that narrow the search; each combines with the query and the others. */
export function SearchFilters({ filters, sort, jurisdictions, topics, onChange, onSortChange }: SearchFiltersProps) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K] | '') => {
    const next = { ...filters };
    if (value === '' || value === false || value === undefined) delete next[key];
    else next[key] = value as Filters[K];
    onChange(next);
  };
  const active = Object.keys(filters).length;

  return (
    <details className="library-filters">
      <summary>Filters{active > 0 ? ` (${active} on)` : ''}</summary>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor="filter-jurisdiction">Jurisdiction</label>
          <select id="filter-jurisdiction" value={filters.jurisdiction ?? ''} onChange={(e) => set('jurisdiction', e.target.value)}>
            <option value="">Any jurisdiction</option>
            {jurisdictions.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-topic">Topic</label>
          <select id="filter-topic" value={filters.topic ?? ''} onChange={(e) => set('topic', e.target.value)}>
            <option value="">Any topic</option>
            {topics.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select
            id="filter-status"
            value={filters.status ?? ''}
            onChange={(e) => set('status', e.target.value as Filters['status'] | '')}
          >
            <option value="">Any status</option>
            {DEVELOPMENT_STATUSES.map((status) => (
              <option key={status}>{status}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">Published from</label>
          <input id="filter-from" type="date" value={filters.publishedFrom ?? ''} onChange={(e) => set('publishedFrom', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">Published until</label>
          <input id="filter-to" type="date" value={filters.publishedTo ?? ''} onChange={(e) => set('publishedTo', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="filter-sort">Sort by</label>
          <select id="filter-sort" value={sort} onChange={(e) => onSortChange(e.target.value as SortOrder)}>
            <option value="relevance">Relevance</option>
            <option value="date">Newest first</option>
          </select>
        </div>
        <div className="field field-check">
          <input
            id="filter-review"
            type="checkbox"
            checked={filters.needsReview ?? false}
            onChange={(e) => set('needsReview', e.target.checked)}
          />
          <label htmlFor="filter-review">Needs review only</label>
        </div>
        {active > 0 && (
          <button type="button" onClick={() => onChange({})}>
            Clear filters
          </button>
        )}
      </div>
    </details>
  );
}
