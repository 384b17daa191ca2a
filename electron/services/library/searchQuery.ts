import type { SearchFilters } from '../../../common/development';

export type SearchSort = 'relevance' | 'date';

/**
 * Builds the SQL of one search: the full-text match (if any words were typed), every
 * filter given, and the order. Values always travel as parameters; only the shape of the
 * statement varies, so prepared statements can be cached by their text.
 */
export function buildSearchSql(
  fts: string | null,
  filters: SearchFilters,
  sort: SearchSort,
): { sql: string; params: Array<string | number> } {
  const where: string[] = ['d.deleted_at IS NULL'];
  const params: Array<string | number> = [];
  if (fts) {
    where.push('developments_fts MATCH ?');
    params.push(fts);
  }
  for (const [kind, value] of [['jurisdiction', filters.jurisdiction], ['topic', filters.topic]] as const) {
    if (!value) continue;
    where.push(`d.id IN (SELECT development_id FROM development_facets WHERE kind = '${kind}' AND value = ?)`);
    params.push(value);
  }
  if (filters.status) {
    where.push('d.status = ?');
    params.push(filters.status);
  }
  if (filters.publishedFrom) {
    where.push('d.published_date >= ?');
    params.push(filters.publishedFrom);
  }
  if (filters.publishedTo) {
    where.push('d.published_date <= ?');
    params.push(filters.publishedTo);
  }
  if (filters.needsReview) where.push("(d.summary_provenance = 'machine' OR d.key_points_provenance = 'machine')");

  // Title hits weigh most, then summary and key points, then the full text.
  const byDate = 'd.published_date IS NULL, d.published_date DESC, d.title';
  const order = fts && sort === 'relevance' ? 'bm25(developments_fts, 10.0, 4.0, 3.0, 1.0)' : byDate;
  const columns = `d.id, d.title, d.publisher, d.published_date, d.status, d.summary_provenance, d.key_points_provenance`;
  if (!fts) {
    const sql = `SELECT ${columns}, substr(d.summary, 1, 400) AS marked FROM developments d
       WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`;
    return { sql, params };
  }
  // Only the ranking happens here; the caller fetches the few rows it keeps and builds their
  // snippets itself. CROSS JOIN keeps the full-text match as the outer loop: left to itself,
  // SQLite may walk a whole status or date index and probe the index once per row, several
  // times slower.
  const sql = `SELECT d.rowid AS rid FROM developments_fts CROSS JOIN developments d ON d.rowid = developments_fts.rowid
     WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`;
  return { sql, params };
}
