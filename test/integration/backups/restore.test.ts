import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../electron/core/backups/restore-backup.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/store/migrations/index.js';
import { ok } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { addFamilies, backupTo, coreWithFamilies, dumpHash, liveCounts } from './backup-fixtures.js';
import type { TestCore } from './backup-fixtures.js';

let open: TestCore | undefined;
afterEach(() => open?.close());

async function setUp(producers = 3) {
  const made = await coreWithFamilies(producers);
  open = made.core;
  return made;
}

/** The refusal's `details.reason`, or a failure when the call succeeded. */
async function refusalOf(core: TestCore, name: 'backups.inspect' | 'backups.restore', input: unknown) {
  const result = await core.call(name, input);
  expect(result.ok).toBe(false);
  if (result.ok) return null;
  return { ...result.error, reason: (result.error.details as { reason?: string } | undefined)?.reason };
}

describe('backup to a file and restore', () => {
  it('restores a backup: rows added after it are gone, counts equal the backup, and it can be undone', async () => {
    const { core, organisationId } = await setUp(3);
    const file = await backupTo(core, tempDir());
    const atBackup = liveCounts(core.context.db);
    const hashAtBackup = dumpHash(core.context.db);
    await addFamilies(core, organisationId, 3, 2);
    const beforeRestore = dumpHash(core.context.db);
    expect(liveCounts(core.context.db)).toMatchObject({ producers: 5, plots: 5 });

    const inspection = await ok(core, 'backups.inspect', { source: { path: file } });
    expect(inspection).toMatchObject({
      fileName: 'respaldo.sqlite',
      willMigrate: false,
      integrity: 'ok',
      foreignKeyProblems: 0,
      backup: { schemaVersion: LATEST_SCHEMA_VERSION, counts: { organisations: 1, producers: 3, plots: 3 } },
      current: { schemaVersion: LATEST_SCHEMA_VERSION, counts: { organisations: 1, producers: 5, plots: 5 } },
    });
    expect(inspection.backup.lastChangeAt! < inspection.current.lastChangeAt!).toBe(true);

    const result = await ok(core, 'backups.restore', { source: { path: file }, confirm: true });
    expect(liveCounts(core.context.db)).toEqual(atBackup);
    expect(dumpHash(core.context.db)).toBe(hashAtBackup);
    expect(result).toMatchObject({ migratedFrom: LATEST_SCHEMA_VERSION, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(result.restored.counts).toMatchObject({ producers: 3, plots: 3 });
    expect(result.safetyBackup.kind).toBe('beforeRestore');
    expect(result.safetyBackup.fileName).toMatch(/^cafetal-antes-de-restaurar-\d{8}T\d{9}Z\.sqlite$/);
    // The store in use is the restored file, in WAL mode, and writable.
    expect(core.context.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await addFamilies(core, organisationId, 10, 1);
    expect(fs.readdirSync(path.dirname(core.dbPath)).filter((f) => f.includes('.restoring'))).toEqual([]);

    // The safety copy is listed and restores the data as it was before.
    const list = await ok(core, 'backups.list', {});
    expect(list.map((b) => b.kind)).toContain('beforeRestore');
    await ok(core, 'backups.restore', { source: { backupFileName: result.safetyBackup.fileName }, confirm: true });
    expect(dumpHash(core.context.db)).toBe(beforeRestore);
  });

  it('restores from uploaded content (browser mode) and from a downloaded copy', async () => {
    const { core, organisationId } = await setUp(2);
    const download = await ok(core, 'backups.download', {});
    expect(download.fileName).toMatch(/^cafetal-respaldo-\d{4}-\d{2}-\d{2}\.sqlite$/);
    expect(download.mimeType).toBe('application/vnd.sqlite3');
    const hash = dumpHash(core.context.db);
    await addFamilies(core, organisationId, 2, 4);
    await ok(core, 'backups.restore', {
      source: { fileName: download.fileName, dataBase64: download.dataBase64 },
      confirm: true,
    });
    expect(dumpHash(core.context.db)).toBe(hash);
    expect(liveCounts(core.context.db)).toMatchObject({ producers: 2, plots: 2 });
  });

  it('reads a backup that still has its WAL beside it, without touching the user’s files', async () => {
    const { core } = await setUp(1);
    const dir = tempDir();
    const file = path.join(dir, 'copia-en-uso.sqlite');
    // A database copied while open: its last rows are only in the -wal file.
    await backupTo(core, dir, 'copia-en-uso.sqlite');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer
      .prepare(
        "INSERT INTO organisations (id, name, type, created_at, updated_at) VALUES ('7d8b9c3e-1f2a-4b5c-8d6e-0a1b2c3d4e5f', 'Solo en el WAL', 'otra', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    // Copy the file pair as a user would (the writer still has it open, so the WAL stays).
    fs.copyFileSync(file, path.join(dir, 'copia.sqlite'));
    fs.copyFileSync(`${file}-wal`, path.join(dir, 'copia.sqlite-wal'));
    writer.close();
    const copy = path.join(dir, 'copia.sqlite');
    const bytesBefore = fs.readFileSync(copy);
    const walBefore = fs.readFileSync(`${copy}-wal`);

    const inspection = await ok(core, 'backups.inspect', { source: { path: copy } });
    expect(inspection.backup.counts.organisations).toBe(2);
    expect(fs.readFileSync(copy).equals(bytesBefore)).toBe(true);
    expect(fs.readFileSync(`${copy}-wal`).equals(walBefore)).toBe(true);
    expect(fs.existsSync(`${copy}-shm`)).toBe(false);
  });

  it('migrates a backup made by an older Cafetal when restoring it', async () => {
    const { core } = await setUp(2);
    const file = path.join(tempDir(), 'version-3.sqlite');
    const old = new Database(file);
    migrate(old, migrations.slice(0, 3));
    old
      .prepare(
        "INSERT INTO organisations (id, name, type, created_at, updated_at) VALUES ('2b6f0c1a-3d4e-4f5a-9b8c-7d6e5f4a3b2c', 'Asociación de 2025', 'asociacion', '2025-03-01T12:00:00.000Z', '2025-03-01T12:00:00.000Z')",
      )
      .run();
    old.close();

    const inspection = await ok(core, 'backups.inspect', { source: { path: file } });
    expect(inspection).toMatchObject({
      willMigrate: true,
      backup: {
        schemaVersion: 3,
        counts: { organisations: 1, producers: 0 },
        lastChangeAt: '2025-03-01T12:00:00.000Z',
      },
    });
    const result = await ok(core, 'backups.restore', { source: { path: file }, confirm: true });
    expect(result).toMatchObject({ migratedFrom: 3, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(core.context.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(liveCounts(core.context.db)).toMatchObject({ organisations: 1, producers: 0 });
    // The measure catalogue (migration 5 and its seed) is there after the migration.
    expect((core.context.db.prepare('SELECT count(*) AS n FROM measures').get() as { n: number }).n).toBeGreaterThan(0);
  });
});

describe('refused backups leave the current data untouched', () => {
  async function expectRefused(source: object, reason: string) {
    const core = open!;
    const db = core.context.db;
    const hash = dumpHash(db);
    const counts = liveCounts(db);
    const inspected = await refusalOf(core, 'backups.inspect', { source });
    const restored = await refusalOf(core, 'backups.restore', { source, confirm: true });
    expect(inspected?.reason).toBe(reason);
    expect(restored?.reason).toBe(reason);
    // The same connection, the same rows, no safety copy taken, no working copy left.
    expect(core.context.db).toBe(db);
    expect(dumpHash(db)).toBe(hash);
    expect(liveCounts(db)).toEqual(counts);
    expect((await ok(core, 'backups.list', {})).filter((b) => b.kind === 'beforeRestore')).toEqual([]);
    expect(fs.readdirSync(path.dirname(core.dbPath)).filter((f) => f.includes('.restoring'))).toEqual([]);
    return restored!;
  }

  it('(a) a text file renamed .sqlite: NOT_SQLITE', async () => {
    await setUp(2);
    const file = path.join(tempDir(), 'notas.sqlite');
    fs.writeFileSync(file, 'Lista de socios para la asamblea del sábado\n'.repeat(100));
    const error = await expectRefused({ path: file }, 'NOT_SQLITE');
    expect(error.code).toBe('FILE_UNREADABLE');
    await expectRefused({ fileName: 'vacio.sqlite', dataBase64: '' }, 'NOT_SQLITE');
  });

  it('(b) a truncated copy: CORRUPT', async () => {
    const { core } = await setUp(40);
    const dir = tempDir();
    const full = fs.readFileSync(await backupTo(core, dir));
    expect(full.length).toBeGreaterThan(8 * 4096);
    const cut = path.join(dir, 'cortado.sqlite');
    fs.writeFileSync(cut, full.subarray(0, Math.floor(full.length / 2)));
    const error = await expectRefused({ path: cut }, 'CORRUPT');
    expect((error.details as { integrityCheck: string[] }).integrityCheck[0]).toMatch(/cut off: \d+ of \d+ bytes/);
  });

  it('(c) a copy with a damaged b-tree page: CORRUPT with the integrity_check lines', async () => {
    const { core } = await setUp(60);
    const dir = tempDir();
    const file = await backupTo(core, dir);
    const probe = new Database(file, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    const { rootpage } = probe.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'producers'").get() as {
      rootpage: number;
    };
    probe.close();
    // Page n starts at (n - 1) × page size; byte 0 of a b-tree page is its type (2, 5, 10 or 13) and
    // bytes 3–4 its cell count (https://www.sqlite.org/fileformat.html §1.6). Nonsense there breaks the tree.
    const bytes = fs.readFileSync(file);
    const start = (rootpage - 1) * pageSize;
    bytes.writeUInt8(0x0d, start);
    bytes.writeUInt16BE(0xfff0, start + 3);
    fs.writeFileSync(file, bytes);
    // Verify that SQLite itself finds the damage.
    const check = new Database(file, { readonly: true });
    let verdict: string[];
    try {
      verdict = (check.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map(
        (r) => r.integrity_check,
      );
    } catch (error) {
      verdict = [(error as Error).message];
    }
    check.close();
    expect(verdict).not.toEqual(['ok']);

    const error = await expectRefused({ path: file }, 'CORRUPT');
    const lines = (error.details as { integrityCheck: string[] }).integrityCheck;
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).not.toContain('ok');
  });

  it('(d) a foreign SQLite database (empty, a GeoPackage): NOT_CAFETAL', async () => {
    await setUp(1);
    const dir = tempDir();
    const empty = path.join(dir, 'vacia.sqlite');
    new Database(empty).exec('CREATE TABLE notas (texto TEXT); INSERT INTO notas VALUES (1);');
    await expectRefused({ path: empty }, 'NOT_CAFETAL');
    const gpkg = path.join(dir, 'parcelas.gpkg');
    const g = new Database(gpkg);
    // GeoPackage 1.3: application_id "GPKG" (0x47504B47), user_version 10300, gpkg_* tables.
    g.pragma('application_id = 1196444487');
    g.pragma('user_version = 10300');
    g.exec('CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL)');
    g.close();
    const error = await expectRefused({ path: gpkg }, 'NOT_CAFETAL');
    expect(error.details).toMatchObject({ applicationId: 1196444487 });
  });

  it('(e) a backup from a newer Cafetal: NEWER_SCHEMA', async () => {
    const { core } = await setUp(2);
    const file = await backupTo(core, tempDir());
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const error = await expectRefused({ path: file }, 'NEWER_SCHEMA');
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.details).toMatchObject({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
  });

  it('rows pointing to missing rows: BROKEN_REFERENCES', async () => {
    const { core } = await setUp(2);
    const file = await backupTo(core, tempDir());
    const broken = new Database(file);
    broken.pragma('foreign_keys = OFF');
    broken.exec('DELETE FROM organisations');
    broken.close();
    const error = await expectRefused({ path: file }, 'BROKEN_REFERENCES');
    expect(error.details).toMatchObject({ count: 2 });
  });

  it('the database in use itself: SAME_FILE; an unknown backup name: NOT_FOUND', async () => {
    const { core } = await setUp(1);
    await expectRefused({ path: core.dbPath }, 'SAME_FILE');
    const missing = await refusalOf(core, 'backups.restore', {
      source: { backupFileName: '../cafetal.sqlite' },
      confirm: true,
    });
    expect(missing?.code).toBe('NOT_FOUND');
  });

  it('a restore without confirm: true is refused by the contract', async () => {
    const { core } = await setUp(1);
    const file = await backupTo(core, tempDir());
    expect((await refusalOf(core, 'backups.restore', { source: { path: file } }))?.code).toBe('VALIDATION');
  });

  it('refuses while another task runs: BUSY', async () => {
    const { core } = await setUp(1);
    const file = await backupTo(core, tempDir());
    core.context.jobs.start('an-import-in-progress');
    const hash = dumpHash(core.context.db);
    const error = await refusalOf(core, 'backups.restore', { source: { path: file }, confirm: true });
    core.context.jobs.finish('an-import-in-progress');
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'BUSY' });
    expect(dumpHash(core.context.db)).toBe(hash);
  });
});

describe('another program holding the database', () => {
  it('refuses to replace the file under it: BUSY, and its writes stay', async () => {
    const { core } = await setUp(2);
    const file = await backupTo(core, tempDir());
    // The CLI, say, with the file open and a write of its own still in the WAL.
    const other = new Database(core.dbPath);
    other.pragma('wal_autocheckpoint = 0');
    other.prepare("UPDATE organisations SET contact = 'desde la consola'").run();
    const hash = dumpHash(core.context.db);
    const error = await refusalOf(core, 'backups.restore', { source: { path: file }, confirm: true });
    other.close();
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'BUSY', details: { otherProgram: true } });
    expect(dumpHash(core.context.db)).toBe(hash);
    expect(liveCounts(core.context.db)).toMatchObject({ producers: 2 });
    expect((await ok(core, 'backups.list', {})).filter((b) => b.kind === 'beforeRestore')).toEqual([]);
  });
});

describe('a restore that fails half-way', () => {
  for (const failAt of ['closed', 'replaced'] as const) {
    it(`puts the current data back when it fails after the database was ${failAt}`, async () => {
      const { core, organisationId } = await setUp(2);
      const file = await backupTo(core, tempDir());
      await addFamilies(core, organisationId, 2, 3);
      const hash = dumpHash(core.context.db);
      const counts = liveCounts(core.context.db);
      await expect(
        restoreBackup(
          core.context,
          { path: file },
          {
            confirm: true,
            onSwapStep: (step) => {
              if (step === failAt) throw new Error(`disk full while ${step}`);
            },
          },
        ),
      ).rejects.toMatchObject({
        code: 'INTERNAL',
        details: { reason: 'RESTORE_FAILED', cause: `disk full while ${failAt}` },
      });
      expect(core.context.db.open).toBe(true);
      expect(dumpHash(core.context.db)).toBe(hash);
      expect(liveCounts(core.context.db)).toEqual(counts);
      // Still the app's database, writable, at the same path.
      expect(core.context.db.name).toBe(core.dbPath);
      await addFamilies(core, organisationId, 20, 1);
      expect(liveCounts(core.context.db)).toMatchObject({ producers: 6 });
    });
  }
});
