import type Database from 'better-sqlite3';

/**
 * Takes a library back to schema 8 as a user's file has it: the full-text index without the
 * jurisdiction names column, and no generated column. Tests that rebuild an older library
 * start here, since migration 9's generated column reads columns they drop.
 */
export function backToSchema8(db: Database.Database): void {
  const columns = 'title, summary, key_points_text, full_text';
  const values = (row: string) => columns.split(', ').map((column) => `${row}.${column}`).join(', ');
  db.exec(`
    DROP TRIGGER developments_ai;
    DROP TRIGGER developments_ad;
    DROP TRIGGER developments_au;
    DROP TABLE developments_fts;
    ALTER TABLE developments DROP COLUMN jurisdiction_names;
    CREATE VIRTUAL TABLE developments_fts USING fts5(
      ${columns}, content='developments', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
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
  db.pragma('user_version = 8');
}
