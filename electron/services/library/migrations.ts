import type Database from 'better-sqlite3';

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
  // 2: the notes index for backlinks: which notes cite which developments (see noteCitations.ts).
  (db) => {
    db.exec(`
      -- One row per indexed note file, so start-up can tell a stale index from a current one.
      CREATE TABLE note_index (
        note_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        updated_at TEXT NOT NULL
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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs every migration the database has not seen, each in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `library.db was written by a newer version of Brieflink (schema ${current}; this version knows up to ${SCHEMA_VERSION}).`,
    );
  }
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    db.transaction(() => {
      MIGRATIONS[version - 1](db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
