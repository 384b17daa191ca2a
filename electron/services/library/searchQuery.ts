import type { SearchFilters, SearchScope } from '../../../common/development';

export type SearchSort = 'relevance' | 'date';

/**
 * How a full-text search orders its matches: 'ranked' by bm25 (title hits weigh most);
 * 'recent' newest-added first, for words so common that bm25 would score most of the library.
 */
export type SearchOrder = 'ranked' | 'recent';

/**
 * The full-text index each scope reads, and how bm25 weighs its columns: title, summary, key
 * points, full text, jurisdiction names (title hits weigh most; a jurisdiction the entry only
 * names in passing weighs as a summary word would).
 */
const INDEXES: Record<SearchScope, { table: string; bm25: string }> = {
  everything: { table: 'developments_fts', bm25: 'bm25(developments_fts, 10.0, 4.0, 3.0, 1.0, 4.0)' },
  titles: { table: 'development_titles_fts', bm25: 'bm25(development_titles_fts)' },
  // The library service sends these as 'everything' with a column filter (no full text).
  summaries: { table: 'developments_fts', bm25: 'bm25(developments_fts, 10.0, 4.0, 3.0, 1.0, 4.0)' },
};

/** Facet values travel as parameters; the SQL wraps them the way migration 6 stores them. */
const FACET_CODES = { jurisdiction: 'j', topic: 't' } as const;

/**
 * Builds the SQL of one search: the full-text match (if any words were typed), every
 * filter given, and the order. It returns development_search rowids (and ids), never whole
 * rows: the caller fetches the few rows it keeps. Values always travel as parameters; only
 * the shape of the statement varies, so prepared statements can be cached by their text.
 */
export function buildSearchSql(
  fts: string | null,
  filters: SearchFilters,
  sort: SearchSort,
  order: SearchOrder = 'ranked',
  scope: SearchScope = 'everything',
): { sql: string; params: Array<string | number> } {
  const index = INDEXES[scope];
  const where: string[] = ['s.live = 1'];
  const params: Array<string | number> = [];
  if (fts) {
    where.push(`${index.table} MATCH ?`);
    params.push(fts);
  }
  for (const [kind, value] of [['jurisdiction', filters.jurisdiction], ['topic', filters.topic]] as const) {
    if (!value) continue;
    where.push(`instr(s.facets, char(31) || '${FACET_CODES[kind]}:' || lower(?) || char(31)) > 0`);
    params.push(value);
  }
  if (filters.status) {
    where.push('s.status = ?');
    params.push(filters.status);
  }
  if (filters.publishedFrom) {
    where.push('s.published_date >= ?');
    params.push(filters.publishedFrom);
  }
  if (filters.publishedTo) {
    where.push('s.published_date <= ?');
    params.push(filters.publishedTo);
  }
  if (filters.needsReview) where.push('s.needs_review = 1');

  const byDate = 's.published_date IS NULL, s.published_date DESC, s.title';
  if (!fts) {
    return { sql: `SELECT s.rid, s.id FROM development_search s WHERE ${where.join(' AND ')} ORDER BY ${byDate} LIMIT ?`, params };
  }
  // 'recent' follows the index's own rowid order backwards, so it stops after LIMIT rows pass the filters.
  const ranking = order === 'recent' ? `${index.table}.rowid DESC` : index.bm25;
  // CROSS JOIN keeps the full-text match as the outer loop: left to itself, SQLite may walk a
  // whole status or date index and probe the index once per row, several times slower.
  const sql = `SELECT s.rid, s.id FROM ${index.table} CROSS JOIN development_search s ON s.rid = ${index.table}.rowid
     WHERE ${where.join(' AND ')} ORDER BY ${sort === 'date' ? byDate : ranking} LIMIT ?`;
  return { sql, params };
}

/** Counts matches up to `cap` (the index stops reading there), to tell a common word from a rare one cheaply. */
export function countMatchesUpTo(scope: SearchScope): string {
  const { table } = INDEXES[scope];
  return `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`;
}
