import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import { migrate, schemaVersionOf } from '../../electron/core/store/migrate.js';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/core/store/migrations/index.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { tempDir } from '../helpers/temp-dir.js';

const columnsOf = (db: Database.Database, table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('the local store', () => {
  it('creates a new database at the latest schema with WAL and foreign keys', () => {
    const dbPath = path.join(tempDir(), 'nested', 'cafetal.sqlite');
    const db = openStore(dbPath);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(fs.existsSync(dbPath)).toBe(true);
  });

  it('numbers migrations 1, 2, 3… with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('refuses a database written by a newer Cafetal and leaves it untouched', () => {
    const dbPath = path.join(tempDir(), 'future.sqlite');
    const future = new Database(dbPath);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.exec('CREATE TABLE from_the_future (x INTEGER)');
    future.close();
    const before = fs.readFileSync(dbPath);

    let caught: unknown;
    try {
      openStore(dbPath);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('DB_TOO_NEW');
    expect((caught as ApiError).details).toEqual({
      found: LATEST_SCHEMA_VERSION + 5,
      supported: LATEST_SCHEMA_VERSION,
    });
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite with DB_UNREADABLE', () => {
    const dbPath = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(dbPath, 'these are my field notes, not a database '.repeat(200));
    expect(() => openStore(dbPath)).toThrowError(expect.objectContaining({ code: 'DB_UNREADABLE' }));
    expect(fs.readFileSync(dbPath, 'utf8')).toContain('field notes');
  });

  it('rolls a failing migration back whole, keeping the previous version', () => {
    const db = new Database(path.join(tempDir(), 'broken.sqlite'));
    const broken = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE ok_part (x INTEGER); SELECT * FROM missing_table;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/missing_table/);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'ok_part'").get()).toBeUndefined();
    db.close();
  });

  describe('migration 1: initial schema', () => {
    it('creates strict, tombstoned tables with UUID keys and R*Trees', () => {
      const db = new Database(path.join(tempDir(), 'm1.sqlite'));
      migrate(db, migrations.slice(0, 1));
      expect(schemaVersionOf(db)).toBe(1);
      for (const table of ['organisations', 'producers', 'plots', 'layers', 'plans']) {
        const columns = columnsOf(db, table);
        expect(columns).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
        const sql = (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string }).sql;
        expect(sql).toMatch(/\)\s*STRICT$/);
      }
      expect(columnsOf(db, 'settings')).toEqual(['key', 'value', 'updated_at']);
      expect(columnsOf(db, 'plots_rtree')).toEqual(['plot_rowid', 'min_lon', 'max_lon', 'min_lat', 'max_lat']);
      expect(columnsOf(db, 'layers_rtree')).toEqual(['layer_rowid', 'min_lon', 'max_lon', 'min_lat', 'max_lat']);
      // STRICT rejects a value of the wrong type instead of storing it silently.
      expect(() =>
        db
          .prepare(
            "INSERT INTO plots (id, producer_id, name, area_ha, created_at, updated_at) VALUES ('a','b','c','lots','t','t')",
          )
          .run(),
      ).toThrow(/cannot store TEXT value in REAL column/);
      db.close();
    });

    it('enforces foreign keys from plots to producers to organisations', () => {
      const db = openStore(path.join(tempDir(), 'fk.sqlite'));
      expect(() =>
        db
          .prepare(
            "INSERT INTO producers (id, organisation_id, member_code, names, created_at, updated_at) VALUES ('p', 'nobody', 'A1', 'X', 't', 't')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY constraint failed/);
      db.close();
    });
  });

  describe('migration 2: producers and plots', () => {
    it('keeps v1 rows and gives them the new columns with their defaults', () => {
      const db = new Database(path.join(tempDir(), 'm2.sqlite'));
      db.pragma('foreign_keys = ON');
      migrate(db, migrations.slice(0, 1));
      db.exec(`
        INSERT INTO organisations (id, name, type, created_at, updated_at) VALUES ('o1', 'Coop', 'cooperativa', 't', 't');
        INSERT INTO producers (id, organisation_id, member_code, names, created_at, updated_at) VALUES ('p1', 'o1', 'A-1', 'Rosa', 't', 't');
        INSERT INTO plots (id, producer_id, name, area_ha, created_at, updated_at) VALUES ('l1', 'p1', 'La Loma', 1.5, 't', 't');
      `);
      migrate(db, migrations.slice(0, 2));
      expect(schemaVersionOf(db)).toBe(2);
      expect(db.prepare('SELECT certifications, ruc FROM organisations').get()).toEqual({
        certifications: '[]',
        ruc: null,
      });
      expect(db.prepare('SELECT gender, dni, notes FROM producers').get()).toEqual({
        gender: 'no_indica',
        dni: null,
        notes: '',
      });
      expect(db.prepare('SELECT area_ha, production_system, last_harvest_basis, issues FROM plots').get()).toEqual({
        area_ha: 1.5,
        production_system: 'convencional',
        last_harvest_basis: 'pergamino',
        issues: '[]',
      });
      expect(columnsOf(db, 'plot_overlaps')).toEqual(['plot_id', 'other_plot_id', 'overlap_ha', 'detected_at']);
      // Two live producers may not share a DNI; a deleted one frees it.
      db.exec("UPDATE producers SET dni = '45678912'");
      const insert = db.prepare(
        "INSERT INTO producers (id, organisation_id, member_code, names, dni, created_at, updated_at) VALUES (?, 'o1', ?, 'X', '45678912', 't', 't')",
      );
      expect(() => insert.run('p2', 'A-2')).toThrow(/UNIQUE constraint failed/);
      db.exec("UPDATE producers SET deleted_at = 't' WHERE id = 'p1'");
      expect(() => insert.run('p2', 'A-2')).not.toThrow();
      db.close();
    });
  });

  describe('migration 3: imports', () => {
    it('adds remembered mappings per organisation and column layout, and the import log', () => {
      const db = new Database(path.join(tempDir(), 'm3.sqlite'));
      db.pragma('foreign_keys = ON');
      migrate(db, migrations.slice(0, 3));
      expect(schemaVersionOf(db)).toBe(3);
      expect(columnsOf(db, 'import_mappings')).toEqual(['organisation_id', 'columns_key', 'mapping', 'updated_at']);
      expect(columnsOf(db, 'import_runs')).toContain('producers_created');
      expect(() => db.prepare("INSERT INTO import_mappings VALUES ('nobody', 'k', '{}', 't')").run()).toThrow(
        /FOREIGN KEY constraint failed/,
      );
      db.close();
    });
  });
});
