import type Database from 'better-sqlite3';
import type { SearchFilters, SearchScope } from '../../../common/development';
import { buildSearchSql, countMatchesUpTo, type SearchSort } from './searchQuery';

/**
 * A query matching at least this many developments counts as common. Ranking reads and
 * checks every match against the filters and scores those that pass (2 to 5 ms for 2,000
 * matches on the benchmark machine, loaded), so past this point ranking alone would take
 * most of the 5 ms a search may take; and a word found in this many entries says little
 * about any one of them.
 */
export const COMMON_QUERY_MATCHES = 1_000;

export interface MatchFinder {
  /** development_search rowids of the best `limit` live matches, best first. */
  (fts: string | null, filters: SearchFilters, sort: SearchSort, limit: number, scope?: SearchScope): Array<{ rid: number; id: string }>;
}

/**
 * Finds what a search shows. A rare query is ranked by bm25 over all its matches. A common
 * one (COMMON_QUERY_MATCHES or more) skips bm25: entries whose title matches come first,
 * then the rest, each newest-added first, read backwards through the index until `limit`
 * entries pass the filters; so its cost no longer grows with the size of the library.
 */
export function matchFinder(db: Database.Database, commonMatches = COMMON_QUERY_MATCHES): MatchFinder {
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const run = (...args: Parameters<typeof buildSearchSql>) => (limit: number) => {
    const { sql, params } = buildSearchSql(...args);
    return prepared(sql).all(...params, limit) as Array<{ rid: number; id: string }>;
  };
  const countUpTo = (scope: SearchScope, fts: string) => (prepared(countMatchesUpTo(scope)).get(fts, commonMatches) as { n: number }).n;

  return (words, filters, sort, limit, requestedScope = 'everything') => {
    // The [[ typeahead's 'summaries' scope reads the main index in its title, summary and key
    // point columns only; its title hits come from the titles index, which names no columns.
    const summaries = requestedScope === 'summaries';
    const scope: SearchScope = summaries ? 'everything' : requestedScope;
    const fts = words && summaries ? `{title summary key_points_text} : (${words})` : words;
    if (!fts || sort === 'date' || limit < 0 || countUpTo(scope, fts) < commonMatches) {
      return run(fts, filters, sort, 'ranked', scope)(limit);
    }
    // In the titles index every hit is a title hit: newest first.
    if (scope === 'titles') return run(fts, filters, sort, 'recent', scope)(limit);
    // Title hits from the titles-only index: a word in few titles but many texts is read from
    // its short list there, not found by walking every match in the full index for a title.
    const titleHits = run(words, filters, sort, 'recent', 'titles')(limit);
    if (titleHits.length >= limit) return titleHits;
    const seen = new Set(titleHits.map((hit) => hit.rid));
    const rest = run(fts, filters, sort, 'recent')(limit + titleHits.length).filter((hit) => !seen.has(hit.rid));
    return [...titleHits, ...rest].slice(0, limit);
  };
}
