import type Database from 'better-sqlite3';
import { DEFAULT_TOPICS } from '../../../common/development';
import { shingles, sketch } from './textSketch';

/**
 * Numbered schema migrations. Migration N brings the database from user_version N-1 to N.
 * Append only: a released migration is never edited.
 */
export const MIGRATIONS: ReadonlyArray<(db: Database.Database) => void> = [
  // 1: developments and their full-text index.
  (db) => {
    db.exec(`
      CREATE TABLE developments (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        publisher TEXT NOT NULL DEFAULT '',
        url TEXT,
        published_date TEXT,
        jurisdictions TEXT NOT NULL DEFAULT '[]',
        topics TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        key_points TEXT NOT NULL DEFAULT '[]',
        -- The key points' text alone, for the full-text index (key_points holds JSON with ids).
        key_points_text TEXT NOT NULL DEFAULT '',
        full_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX developments_published ON developments(published_date);

      -- External-content FTS: the text lives once, in developments; triggers keep the index in step.
      CREATE VIRTUAL TABLE developments_fts USING fts5(
        title, summary, key_points_text, full_text,
        content='developments', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER developments_ai AFTER INSERT ON developments BEGIN
        INSERT INTO developments_fts(rowid, title, summary, key_points_text, full_text)
        VALUES (new.rowid, new.title, new.summary, new.key_points_text, new.full_text);
      END;
      CREATE TRIGGER developments_ad AFTER DELETE ON developments BEGIN
        INSERT INTO developments_fts(developments_fts, rowid, title, summary, key_points_text, full_text)
        VALUES ('delete', old.rowid, old.title, old.summary, old.key_points_text, old.full_text);
      END;
      CREATE TRIGGER developments_au AFTER UPDATE ON developments BEGIN
        INSERT INTO developments_fts(developments_fts, rowid, title, summary, key_points_text, full_text)
        VALUES ('delete', old.rowid, old.title, old.summary, old.key_points_text, old.full_text);
        INSERT INTO developments_fts(rowid, title, summary, key_points_text, full_text)
        VALUES (new.rowid, new.title, new.summary, new.key_points_text, new.full_text);
      END;
    `);
  },

  // 2: the full data model: author, retrieval date, key dates, actors, provenance, notes,
  // trash, earlier revisions and the user's topic taxonomy. Rows from version 1 were the
  // reviewed default library, so their provenance is 'human'.
  (db) => {
    db.exec(`
      ALTER TABLE developments ADD COLUMN author TEXT NOT NULL DEFAULT '';
      ALTER TABLE developments ADD COLUMN retrieved_date TEXT;
      ALTER TABLE developments ADD COLUMN key_dates TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE developments ADD COLUMN actors TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE developments ADD COLUMN summary_provenance TEXT NOT NULL DEFAULT 'human'
        CHECK (summary_provenance IN ('machine', 'human'));
      ALTER TABLE developments ADD COLUMN key_points_provenance TEXT NOT NULL DEFAULT 'human'
        CHECK (key_points_provenance IN ('machine', 'human'));
      ALTER TABLE developments ADD COLUMN notes TEXT NOT NULL DEFAULT '';
      -- Set while the development is in the trash; cleared by undo.
      ALTER TABLE developments ADD COLUMN deleted_at TEXT;
      CREATE INDEX developments_status ON developments(status);
      CREATE INDEX developments_url ON developments(url) WHERE url IS NOT NULL;

      -- Every earlier state, as the JSON of the whole development, so a later view can show what changed.
      CREATE TABLE development_revisions (
        development_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (development_id, revision)
      ) WITHOUT ROWID;

      CREATE TABLE topics (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        created_at TEXT NOT NULL
      );
    `);
    const insertTopic = db.prepare("INSERT OR IGNORE INTO topics (name, created_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ'))");
    for (const topic of DEFAULT_TOPICS) insertTopic.run(topic);
  },

  // 3: jurisdictions and topics as indexed rows, so filters stay fast on a large library.
  // Triggers keep them in step with the JSON columns, whatever writes the row.
  (db) => {
    db.exec(`
      CREATE TABLE development_facets (
        kind TEXT NOT NULL CHECK (kind IN ('jurisdiction', 'topic')),
        value TEXT NOT NULL COLLATE NOCASE,
        development_id TEXT NOT NULL,
        PRIMARY KEY (kind, value, development_id)
      ) WITHOUT ROWID;
      CREATE INDEX development_facets_owner ON development_facets(development_id);

      CREATE TRIGGER developments_facets_ai AFTER INSERT ON developments BEGIN
        INSERT OR IGNORE INTO development_facets (kind, value, development_id)
          SELECT 'jurisdiction', value, new.id FROM json_each(new.jurisdictions);
        INSERT OR IGNORE INTO development_facets (kind, value, development_id)
          SELECT 'topic', value, new.id FROM json_each(new.topics);
      END;
      CREATE TRIGGER developments_facets_au AFTER UPDATE OF jurisdictions, topics ON developments BEGIN
        DELETE FROM development_facets WHERE development_id = old.id;
        INSERT OR IGNORE INTO development_facets (kind, value, development_id)
          SELECT 'jurisdiction', value, new.id FROM json_each(new.jurisdictions);
        INSERT OR IGNORE INTO development_facets (kind, value, development_id)
          SELECT 'topic', value, new.id FROM json_each(new.topics);
      END;
      CREATE TRIGGER developments_facets_ad AFTER DELETE ON developments BEGIN
        DELETE FROM development_facets WHERE development_id = old.id;
      END;

      INSERT OR IGNORE INTO development_facets (kind, value, development_id)
        SELECT 'jurisdiction', j.value, d.id FROM developments d, json_each(d.jurisdictions) j;
      INSERT OR IGNORE INTO development_facets (kind, value, development_id)
        SELECT 'topic', t.value, d.id FROM developments d, json_each(d.topics) t;
    `);
  },

  // 4: a bottom-k sketch of each full text's word 5-grams, to find near-duplicates on import.
  (db) => {
    db.exec(`
      CREATE TABLE development_sketches (
        hash INTEGER NOT NULL,
        development_id TEXT NOT NULL,
        PRIMARY KEY (hash, development_id)
      ) WITHOUT ROWID;
      CREATE INDEX development_sketches_owner ON development_sketches(development_id);
      CREATE TRIGGER developments_sketches_ad AFTER DELETE ON developments BEGIN
        DELETE FROM development_sketches WHERE development_id = old.id;
      END;
    `);
    const insert = db.prepare('INSERT OR IGNORE INTO development_sketches (hash, development_id) VALUES (?, ?)');
    for (const row of db.prepare<[], { id: string; full_text: string }>('SELECT id, full_text FROM developments').all()) {
      for (const hash of sketch(shingles(row.full_text))) insert.run(hash, row.id);
    }
  },
  // 5: the notes index for backlinks: which notes cite which developments (see noteCitations.ts).
  (db) => {
    db.exec(`
      -- One row per indexed note file; file_stamp (modification time and size) lets start-up
      -- tell a stale entry from a current one without reading every note.
      CREATE TABLE note_index (
        note_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        file_stamp TEXT NOT NULL
      );
      -- One row per note and cited development: the first snippet citing it and its position
      -- among the note's snippets (0-based), where "open at the first citation" goes.
      CREATE TABLE note_citations (
        note_id TEXT NOT NULL REFERENCES note_index(note_id) ON DELETE CASCADE,
        development_id TEXT NOT NULL,
        snippet_id TEXT NOT NULL,
        first_position INTEGER NOT NULL,
        PRIMARY KEY (note_id, development_id)
      );
      CREATE INDEX note_citations_development ON note_citations(development_id);
    `);
  },
  // 6: a narrow copy of what search filters and sorts on, one small row per development
  // keyed by its rowid (the full-text index's rowid). Checking a filter against the
  // developments row itself meant reading the whole row, full text and all, for every
  // match; these rows are a few dozen bytes and stay in the page cache.
  (db) => {
    // Every jurisdiction and topic as char(31) + 'j:' or 't:' + lower(name) + char(31), so a
    // facet filter is one instr() on the row (lower() folds case as NOCASE does).
    const facets = (row: string) =>
      `char(31) || coalesce((SELECT group_concat('j:' || lower(value) || char(31), '') FROM json_each(${row}.jurisdictions)), '')
        || coalesce((SELECT group_concat('t:' || lower(value) || char(31), '') FROM json_each(${row}.topics)), '')`;
    const values = (row: string) =>
      `${row}.rowid, ${row}.id, ${row}.title, ${row}.deleted_at IS NULL, ${row}.status, ${row}.published_date,
        ${row}.summary_provenance = 'machine' OR ${row}.key_points_provenance = 'machine', ${facets(row)}`;
    const columns = 'rid, id, title, live, status, published_date, needs_review, facets';
    db.exec(`
      CREATE TABLE development_search (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        title TEXT NOT NULL,
        live INTEGER NOT NULL,
        status TEXT NOT NULL,
        published_date TEXT,
        needs_review INTEGER NOT NULL,
        facets TEXT NOT NULL
      );
      -- Matches the "newest first" order exactly, so browsing reads it in order and stops early.
      CREATE INDEX development_search_date ON development_search(published_date IS NULL, published_date DESC, title);

      CREATE TRIGGER developments_search_ai AFTER INSERT ON developments BEGIN
        INSERT OR REPLACE INTO development_search (${columns}) VALUES (${values('new')});
      END;
      CREATE TRIGGER developments_search_au AFTER UPDATE ON developments BEGIN
        DELETE FROM development_search WHERE rid = old.rowid;
        INSERT OR REPLACE INTO development_search (${columns}) VALUES (${values('new')});
      END;
      CREATE TRIGGER developments_search_ad AFTER DELETE ON developments BEGIN
        DELETE FROM development_search WHERE rid = old.rowid;
      END;

      INSERT INTO development_search (${columns}) SELECT ${values('d')} FROM developments d;
    `);
  },
  // 7: a titles-only full-text index for the editor's [[ typeahead, with prefix indexes for
  // one to three letters: a short prefix is then one read of a ready list, not a merge of
  // every word in the library that starts with it (over a second at 100,000 entries).
  (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE development_titles_fts USING fts5(
        title,
        content='developments', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2', prefix='1 2 3'
      );
      CREATE TRIGGER developments_titles_ai AFTER INSERT ON developments BEGIN
        INSERT INTO development_titles_fts(rowid, title) VALUES (new.rowid, new.title);
      END;
      CREATE TRIGGER developments_titles_ad AFTER DELETE ON developments BEGIN
        INSERT INTO development_titles_fts(development_titles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
      END;
      CREATE TRIGGER developments_titles_au AFTER UPDATE ON developments BEGIN
        INSERT INTO development_titles_fts(development_titles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
        INSERT INTO development_titles_fts(rowid, title) VALUES (new.rowid, new.title);
      END;
      INSERT INTO development_titles_fts(development_titles_fts) VALUES ('rebuild');
    `);
  },
  // 8: the jurisdictions a source names without them acting, kept apart from the acting
  // ones (which filter and print). Rows written before this named none.
  (db) => {
    db.exec(`ALTER TABLE developments ADD COLUMN mentioned_jurisdictions TEXT NOT NULL DEFAULT '[]';`);
  },
  // 9: jurisdictions, acting and mentioned, become searchable by name: a fifth column of the
  // full-text index. An article may name a country only as "Japanese" or through its
  // capital, or a province that stands for its country; its stored lists name the country.
  // The column reads a generated one (the JSON text tokenizes to the names), so nothing is
  // stored twice. The index is rebuilt once, inside this migration's transaction.
  (db) => {
    const columns = 'title, summary, key_points_text, full_text, jurisdiction_names';
    const values = (row: string) => columns.split(', ').map((column) => `${row}.${column}`).join(', ');
    db.exec(`
      ALTER TABLE developments ADD COLUMN jurisdiction_names TEXT
        GENERATED ALWAYS AS (jurisdictions || ' ' || mentioned_jurisdictions) VIRTUAL;
      DROP TRIGGER developments_ai;
      DROP TRIGGER developments_ad;
      DROP TRIGGER developments_au;
      DROP TABLE developments_fts;
      CREATE VIRTUAL TABLE developments_fts USING fts5(
        ${columns},
        content='developments', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER developments_ai AFTER INSERT ON developments BEGIN
        INSERT INTO developments_fts(rowid, ${columns}) VALUES (new.rowid, ${values('new')});
      END;
      CREATE TRIGGER developments_ad AFTER DELETE ON developments BEGIN
        INSERT INTO developments_fts(developments_fts, rowid, ${columns}) VALUES ('delete', old.rowid, ${values('old')});
      END;
      CREATE TRIGGER developments_au AFTER UPDATE ON developments BEGIN
        INSERT INTO developments_fts(developments_fts, rowid, ${columns}) VALUES ('delete', old.rowid, ${values('old')});
        INSERT INTO developments_fts(rowid, ${columns}) VALUES (new.rowid, ${values('new')});
      END;
      INSERT INTO developments_fts(developments_fts) VALUES ('rebuild');
    `);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** A library from a newer version is never touched: its schema may mean what this version cannot know. */
export function refuseNewerSchema(version: number): void {
  if (version > SCHEMA_VERSION) {
    throw new Error(`library.db was written by a newer version of Brieflink (schema ${version}; this version knows up to ${SCHEMA_VERSION}).`);
  }
}

/**
 * Runs every migration the database has not seen, each in its own transaction.
 * `beforeMigrating` runs once before the first of them on a library that already holds data
 * (schema above 0): where a copy is taken, whatever the migration is.
 */
export function migrate(db: Database.Database, beforeMigrating?: (from: number, to: number) => void): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  refuseNewerSchema(current);
  if (current > 0 && current < SCHEMA_VERSION) beforeMigrating?.(current, SCHEMA_VERSION);
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    db.transaction(() => {
      MIGRATIONS[version - 1](db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
