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
        <FilterSelect id="filter-jurisdiction" label="Jurisdiction" anyLabel="Any jurisdiction" value={filters.jurisdiction} options={jurisdictions} onChange={(v) => set('jurisdiction', v)} />
        <FilterSelect id="filter-topic" label="Topic" anyLabel="Any topic" value={filters.topic} options={topics} onChange={(v) => set('topic', v)} />
        <FilterSelect
          id="filter-status"
          label="Status"
          anyLabel="Any status"
          value={filters.status}
          options={DEVELOPMENT_STATUSES}
          onChange={(v) => set('status', v as Filters['status'] | '')}
        />
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

interface FilterSelectProps {
  id: string;
  label: string;
  /** The first choice, which turns the filter off. */
  anyLabel: string;
  value: string | undefined;
  options: readonly string[];
  onChange(value: string): void;
}

function FilterSelect({ id, label, anyLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </div>
  );
}
