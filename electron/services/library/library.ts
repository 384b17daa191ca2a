import Database from 'better-sqlite3';
import type { Development, SearchHit } from '../../../common/development';
import { AppError } from '../../../common/result';
import { toFtsQuery } from './ftsQuery';
import { migrate } from './migrations';
import { HIT_END, HIT_START, splitSnippet } from './snippet';
import type { SeedDevelopment } from './defaultDevelopments';

export interface LibraryService {
  search(query: string, limit: number): SearchHit[];
  get(id: string): Development;
  count(): number;
  close(): void;
}

interface DevelopmentRow {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  published_date: string | null;
  jurisdictions: string;
  topics: string;
  status: Development['status'];
  summary: string;
  key_points: string;
  key_points_text: string;
  full_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

function fromRow(row: DevelopmentRow): Development {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedDate: row.published_date,
    jurisdictions: JSON.parse(row.jurisdictions),
    topics: JSON.parse(row.topics),
    status: row.status,
    summary: row.summary,
    keyPoints: JSON.parse(row.key_points),
    fullText: row.full_text,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface OpenLibraryOptions {
  /** Developments written into a brand-new library, so a first run has something to search. */
  seed?: readonly SeedDevelopment[];
  now?: () => Date;
  /** A better-sqlite3 binary built for another runtime (Electron's ABI). */
  nativeBinding?: string;
}

export function openLibrary(file: string, options: OpenLibraryOptions = {}): LibraryService {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const isNew = (db.pragma('user_version', { simple: true }) as number) === 0;
    migrate(db);
    if (isNew && options.seed) insertSeed(db, options.seed, (options.now ?? (() => new Date()))());
  } catch (error) {
    db.close();
    throw error;
  }

  const byId = db.prepare<[string], DevelopmentRow>('SELECT * FROM developments WHERE id = ?');
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM developments');
  const recent = db.prepare<[number], DevelopmentRow>(
    'SELECT * FROM developments ORDER BY published_date DESC, title LIMIT ?',
  );
  // Title hits weigh most, then summary and key points, then the full text.
  const match = db.prepare<[string, number], DevelopmentRow & { marked: string }>(`
    SELECT d.*, snippet(developments_fts, -1, '${HIT_START}', '${HIT_END}', '…', 16) AS marked
    FROM developments_fts JOIN developments d ON d.rowid = developments_fts.rowid
    WHERE developments_fts MATCH ?
    ORDER BY bm25(developments_fts, 10.0, 4.0, 3.0, 1.0)
    LIMIT ?`);

  const toHit = (row: DevelopmentRow, snippet: SearchHit['snippet']): SearchHit => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedDate: row.published_date,
    status: row.status,
    snippet,
  });

  return {
    search(query, limit) {
      const fts = toFtsQuery(query);
      if (!fts) return recent.all(limit).map((row) => toHit(row, [{ text: clip(row.summary, 200), hit: false }]));
      return match.all(fts, limit).map((row) => toHit(row, splitSnippet(row.marked)));
    },
    get(id) {
      const row = byId.get(id);
      if (!row) throw new AppError('NOT_FOUND', 'This development is not in the library.');
      return fromRow(row);
    },
    count: () => countAll.get()!.n,
    close: () => db.close(),
  };
}

function insertSeed(db: Database.Database, seed: readonly SeedDevelopment[], now: Date): void {
  const stamp = now.toISOString();
  const insert = db.prepare(`
    INSERT INTO developments (id, title, publisher, url, published_date, jurisdictions, topics, status,
      summary, key_points, key_points_text, full_text, revision, created_at, updated_at)
    VALUES (@id, @title, @publisher, @url, @publishedDate, @jurisdictions, @topics, @status,
      @summary, @keyPoints, @keyPointsText, @fullText, 1, @stamp, @stamp)`);
  db.transaction(() => {
    for (const item of seed) {
      insert.run({
        ...item,
        jurisdictions: JSON.stringify(item.jurisdictions),
        topics: JSON.stringify(item.topics),
        keyPoints: JSON.stringify(item.keyPoints),
        keyPointsText: item.keyPoints.map((point) => point.text).join('\n'),
        stamp,
      });
    }
  })();
}

/** Shortens text at a word boundary, marking the cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}
