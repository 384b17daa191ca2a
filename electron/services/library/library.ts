import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import {
  needsReview,
  topicNameSchema,
  type Development,
  type DevelopmentFields,
  type DevelopmentRevision,
  type SearchFilters,
  type SearchHit,
  type SearchScope,
} from '../../../common/development';
import { AppError } from '../../../common/result';
import { fromRow, INSERT_DEVELOPMENT, toParams, UPDATE_DEVELOPMENT, type DevelopmentRow } from './developmentRows';
import { queryWords, toFtsQuery, toTypedFtsQuery, toWholeWordFtsQuery, toWidenedFtsQuery, wholeTerm } from './ftsQuery';

/** Prefixes up to this long are the ones the titles index keeps ready lists for (prefix='1 2 3'). */
const SHORT_PREFIX_LETTERS = 3;
import { migrate } from './migrations';
import { openReadOnlyDatabase, requireCurrentSchema } from './readOnlyLibrary';
import { matchFinder } from './findMatches';
import type { SearchSort } from './searchQuery';
import { splitSnippet } from './snippet';
import { windowSnippet } from './windowSnippet';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, shingles, sketch } from './textSketch';
import type { SeedDevelopment } from './defaultDevelopments';

type HitRow = Pick<
  DevelopmentRow,
  'id' | 'title' | 'publisher' | 'published_date' | 'status' | 'summary_provenance' | 'key_points_provenance'
>;

export interface SearchOptions {
  filters?: SearchFilters;
  sort?: SearchSort;
  scope?: SearchScope;
}

/** An existing development that an incoming document appears to repeat. */
export interface DuplicateMatch {
  id: string;
  title: string;
  reason: 'same URL' | 'near-identical text';
  /** Jaccard similarity of the word 5-grams, 0..1 (1 for a URL match without text overlap check). */
  similarity: number;
}

export interface LibraryService {
  search(query: string, limit: number, options?: SearchOptions): SearchHit[];
  get(id: string): Development;
  count(): number;
  create(fields: DevelopmentFields, options?: { id?: string }): Development;
  /** Saves an edit: the current state is kept as a revision and the revision number goes up by one. */
  update(id: string, fields: DevelopmentFields, expectedRevision: number): Development;
  /** Moves to the trash; `restore` undoes it. */
  trash(id: string): void;
  restore(id: string): Development;
  revisions(id: string): DevelopmentRevision[];
  /** Writes a development exactly as given (id, revision and times included), keeping the replaced state as a revision. */
  put(development: Development): void;
  /** Includes developments in the trash. */
  find(id: string): Development | null;
  all(filters?: SearchFilters): Development[];
  topics(): string[];
  addTopic(name: string): string[];
  /** Jurisdictions and topics in use, for the filter choices. */
  facets(): { jurisdictions: string[]; topics: string[] };
  findDuplicates(candidate: { url: string | null; fullText: string }): DuplicateMatch[];
  /** Runs writes atomically: all of them reach the library, or none. */
  transaction<T>(work: () => T): T;
  /** A consistent copy of the whole library at `file`, by SQLite's online backup (the library stays usable meanwhile). */
  backup(file: string): Promise<unknown>;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Developments written into a brand-new library, so a first run has something to search. */
  seed?: readonly SeedDevelopment[];
  now?: () => Date;
  /** A better-sqlite3 binary built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Matches from which a query counts as common (see findMatches.ts); tests lower it. */
  commonQueryMatches?: number;
  /** Runs before migrations change a library that holds data (a backup is taken there). */
  beforeMigrating?: (db: Database.Database) => void;
  /** Opens without writing anything: no migration, no seed; every write is refused by SQLite. */
  readOnly?: boolean;
}

/** A readable id: the title's words and a random suffix, so two imports of one title never collide. */
export function newDevelopmentId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${slug || 'development'}-${crypto.randomBytes(3).toString('hex')}`;
}

export function openLibrary(file: string, options: OpenLibraryOptions = {}): LibraryService {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const db = options.readOnly ? openReadOnlyDatabase(file, binding) : new Database(file, binding);
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  try {
    if (!options.readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    // 64 MB of page cache (the default is 2 MB): the full-text index's pages for common
    // words and the development_search rows stay in memory between searches.
    db.pragma('cache_size = -65536');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (options.readOnly) requireCurrentSchema(version);
    else migrate(db, () => options.beforeMigrating?.(db));
    if (version === 0 && options.seed && !options.readOnly) insertSeed(db, options.seed, now());
  } catch (error) {
    db.close();
    throw error;
  }

  const byId = db.prepare<[string], DevelopmentRow>('SELECT * FROM developments WHERE id = ?');
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM developments WHERE deleted_at IS NULL');
  const insertRow = db.prepare(INSERT_DEVELOPMENT);
  const updateRow = db.prepare(UPDATE_DEVELOPMENT);
  const keepRevision = db.prepare(
    'INSERT OR REPLACE INTO development_revisions (development_id, revision, saved_at, data) VALUES (?, ?, ?, ?)',
  );
  const listRevisions = db.prepare<[string], { revision: number; saved_at: string; data: string }>(
    'SELECT revision, saved_at, data FROM development_revisions WHERE development_id = ? ORDER BY revision DESC',
  );
  const setDeleted = db.prepare<[string | null, string]>('UPDATE developments SET deleted_at = ? WHERE id = ?');
  const listTopics = db.prepare<[], { name: string }>('SELECT name FROM topics ORDER BY name COLLATE NOCASE');
  const insertTopic = db.prepare<[string, string]>('INSERT OR IGNORE INTO topics (name, created_at) VALUES (?, ?)');
  const facetValues = db.prepare<[string], { value: string }>(
    `SELECT DISTINCT f.value FROM development_facets f JOIN developments d ON d.id = f.development_id
     WHERE f.kind = ? AND d.deleted_at IS NULL ORDER BY f.value COLLATE NOCASE`,
  );
  const byUrl = db.prepare<[string], { id: string; title: string }>(
    'SELECT id, title FROM developments WHERE url = ? AND deleted_at IS NULL',
  );
  const sketchCandidates = db.prepare<[string], { id: string; title: string; full_text: string }>(
    `SELECT d.id, d.title, d.full_text FROM developments d
     WHERE d.deleted_at IS NULL AND d.id IN (SELECT development_id FROM development_sketches WHERE hash IN (SELECT value FROM json_each(?)))`,
  );
  const hitRows = db.prepare<[string], HitRow & Pick<DevelopmentRow, 'summary' | 'key_points_text' | 'full_text' | 'url' | 'revision'> & { rid: number }>(
    `SELECT rowid AS rid, id, title, publisher, published_date, status, summary_provenance, key_points_provenance,
       summary, key_points_text, full_text, url, revision
     FROM developments WHERE rowid IN (SELECT value FROM json_each(?))`,
  );
  // Whether a word is in the index at all: reads the start of its list only.
  const wordIsIndexed = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM developments_fts WHERE developments_fts MATCH ? LIMIT 1');
  const toHit = (row: HitRow, snippet: SearchHit['snippet']): SearchHit => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedDate: row.published_date,
    status: row.status,
    needsReview: needsReview({ summaryProvenance: row.summary_provenance, keyPointsProvenance: row.key_points_provenance }),
    snippet,
  });
  const dropSketch = db.prepare<[string]>('DELETE FROM development_sketches WHERE development_id = ?');
  const addSketch = db.prepare<[number, string]>('INSERT OR IGNORE INTO development_sketches (hash, development_id) VALUES (?, ?)');
  const findMatches = matchFinder(db, options.commonQueryMatches);

  const writeSketch = (id: string, fullText: string) => {
    dropSketch.run(id);
    for (const hash of sketch(shingles(fullText))) addSketch.run(hash, id);
  };
  const requireRow = (id: string) => {
    const row = byId.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'This development is not in the library.');
    return row;
  };
  const snapshot = (row: DevelopmentRow, savedAt: string) =>
    keepRevision.run(row.id, row.revision, savedAt, JSON.stringify(fromRow(row)));

  /** The last word of a query is one to SHORT_PREFIX_LETTERS letters long, and so typed part-way, perhaps. */
  const lastWordIsShortPrefix = (query: string) => (queryWords(query).at(-1)?.length ?? Infinity) <= SHORT_PREFIX_LETTERS;

  const service: LibraryService = {
    search(query, limit, { filters = {}, sort = 'relevance', scope = 'everything' } = {}) {
      const matches = (ftsQuery: string | null) => findMatches(ftsQuery, filters, sort, limit, scope).map((match) => match.rid);
      // Whole words first: when they fill the page, the words' prefixes ("export" in "exporters")
      // would only add entries below them at far greater cost (a prefix costs as much as all the
      // matches of its words). Otherwise the last word, which may be part-typed, as a prefix too,
      // and any earlier word the index does not hold as a word ("semicond chips"). The titles
      // index keeps ready lists for short prefixes and is small, so it goes to prefixes at once.
      const mainIndex = scope !== 'titles';
      let fts = mainIndex ? toWholeWordFtsQuery(query) : toFtsQuery(query);
      let order = matches(fts);
      if (fts && mainIndex && order.length < limit && scope === 'summaries' && lastWordIsShortPrefix(query)) {
        // The [[ menu as its first letters are typed: a one- to three-letter prefix in the main
        // index merges the lists of every word that starts with it (0.6–0.9 s for one letter at
        // 100,000 entries), so it is looked for in titles, whose index keeps those lists ready;
        // from the fourth letter on, summaries and key points too.
        const titleOrder = findMatches(toFtsQuery(query), filters, sort, limit, 'titles').map((match) => match.rid);
        const seen = new Set(order);
        order = [...order, ...titleOrder.filter((rid) => !seen.has(rid))].slice(0, limit);
        fts = toFtsQuery(query);
      } else if (fts && mainIndex && order.length < limit) {
        fts = toTypedFtsQuery(query, (word) => wordIsIndexed.get(wholeTerm(word)) !== undefined);
        order = matches(fts);
      }
      // Search as you type: a word typed past its stem ("regulatio") matches nothing until it is finished.
      const widened = order.length === 0 ? toWidenedFtsQuery(query) : null;
      if (widened) {
        fts = widened;
        order = matches(fts);
      }
      const rows = new Map(hitRows.all(JSON.stringify(order)).map((row) => [row.rid, row]));
      const words = queryWords(query);
      return order.flatMap((rid) => {
        const row = rows.get(rid);
        if (!row) return [];
        if (!fts) return [toHit(row, [{ text: clip(row.summary, 200), hit: false }])];
        if (scope === 'titles') {
          // The typeahead shows titles only: its hits are marked in the title, and no window is cut from the text.
          const hit = toHit(row, splitSnippet(windowSnippet([row.title], words)));
          return [{ ...hit, summarySource: { summary: row.summary, url: row.url, revision: row.revision } }];
        }
        if (scope === 'summaries') {
          // The window shows where the words matched (title, summary or a key point); the summary travels for Enter.
          const hit = toHit(row, splitSnippet(windowSnippet([row.title, row.summary, row.key_points_text], words)));
          return [{ ...hit, summarySource: { summary: row.summary, url: row.url, revision: row.revision } }];
        }
        return [toHit(row, splitSnippet(windowSnippet([row.title, row.summary, row.key_points_text, row.full_text], words)))];
      });
    },
    get(id) {
      const row = requireRow(id);
      if (row.deleted_at) throw new AppError('NOT_FOUND', 'This development is in the trash.');
      return fromRow(row);
    },
    find(id) {
      const row = byId.get(id);
      return row ? fromRow(row) : null;
    },
    count: () => countAll.get()!.n,
    create(fields, { id } = {}) {
      const stamp = now();
      const development: Development = {
        ...fields,
        mentionedJurisdictions: fields.mentionedJurisdictions ?? [],
        id: id ?? newDevelopmentId(fields.title),
        revision: 1,
        createdAt: stamp,
        updatedAt: stamp,
      };
      db.transaction(() => {
        insertRow.run(toParams(development));
        writeSketch(development.id, development.fullText);
      })();
      return development;
    },
    update(id, fields, expectedRevision) {
      return db.transaction(() => {
        const row = requireRow(id);
        if (row.revision !== expectedRevision) {
          throw new AppError(
            'REVISION_CONFLICT',
            `This development was changed elsewhere (now revision ${row.revision}, you edited revision ${expectedRevision}). Reopen it and edit again.`,
          );
        }
        const stamp = now();
        snapshot(row, stamp);
        const next: Development = {
          ...fields,
          mentionedJurisdictions: fields.mentionedJurisdictions ?? [],
          id,
          revision: row.revision + 1,
          createdAt: row.created_at,
          updatedAt: stamp,
        };
        updateRow.run(toParams(next));
        if (next.fullText !== row.full_text) writeSketch(id, next.fullText);
        return next;
      })();
    },
    put(development) {
      db.transaction(() => {
        const row = byId.get(development.id);
        if (row) {
          snapshot(row, now());
          updateRow.run(toParams(development));
        } else {
          insertRow.run(toParams(development));
        }
        writeSketch(development.id, development.fullText);
      })();
    },
    trash(id) {
      requireRow(id);
      setDeleted.run(now(), id);
    },
    restore(id) {
      requireRow(id);
      setDeleted.run(null, id);
      return fromRow(requireRow(id));
    },
    revisions(id) {
      requireRow(id);
      return listRevisions.all(id).map((row) => ({ revision: row.revision, savedAt: row.saved_at, development: JSON.parse(row.data) }));
    },
    all(filters = {}) {
      return findMatches(null, filters, 'date', -1).map((row) => fromRow(byId.get(row.id)!));
    },
    topics: () => listTopics.all().map((row) => row.name),
    addTopic(name) {
      const parsed = topicNameSchema.safeParse(name);
      if (!parsed.success) throw new AppError('BAD_ARGUMENTS', parsed.error.issues[0]?.message ?? 'Not a topic name.');
      insertTopic.run(parsed.data, now());
      return service.topics();
    },
    facets: () => ({
      jurisdictions: facetValues.all('jurisdiction').map((row) => row.value),
      topics: facetValues.all('topic').map((row) => row.value),
    }),
    findDuplicates({ url, fullText }) {
      const matches = new Map<string, DuplicateMatch>();
      const incoming = shingles(fullText);
      if (url) for (const row of byUrl.all(url)) matches.set(row.id, { id: row.id, title: row.title, reason: 'same URL', similarity: 1 });
      const hashes = sketch(incoming);
      if (hashes.length > 0) {
        for (const row of sketchCandidates.all(JSON.stringify(hashes))) {
          if (matches.has(row.id)) continue;
          const similarity = jaccard(incoming, shingles(row.full_text));
          if (similarity >= NEAR_DUPLICATE_THRESHOLD) {
            matches.set(row.id, { id: row.id, title: row.title, reason: 'near-identical text', similarity });
          }
        }
      }
      return [...matches.values()];
    },
    transaction: (work) => db.transaction(work)(),
    backup: (destination) => db.backup(destination),
    close: () => db.close(),
  };
  return service;
}

function insertSeed(db: Database.Database, seed: readonly SeedDevelopment[], stamp: string): void {
  const insert = db.prepare(INSERT_DEVELOPMENT);
  const addSketch = db.prepare('INSERT OR IGNORE INTO development_sketches (hash, development_id) VALUES (?, ?)');
  db.transaction(() => {
    for (const item of seed) {
      insert.run(toParams({ ...item, revision: 1, createdAt: stamp, updatedAt: stamp }));
      for (const hash of sketch(shingles(item.fullText))) addSketch.run(hash, item.id);
    }
  })();
}

/** Shortens text at a word boundary, marking the cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}
