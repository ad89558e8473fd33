import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import { storageErrorOf } from '../../electron/core/recovery/storage-errors.js';
import { readWalTail } from '../../bench/crash/wal-tail.js';
import { tempDir } from '../helpers/temp-dir.js';

/** An error as better-sqlite3 or Node's fs throws it: a message and a `code`. */
const thrown = (code: string, message = 'boom'): Error => Object.assign(new Error(message), { code });

describe('storageErrorOf', () => {
  it.each([
    ['SQLITE_FULL', 'DISK_FULL', 'DISK_FULL'],
    ['SQLITE_IOERR_WRITE', 'DISK_ERROR', 'IO_ERROR'],
    ['SQLITE_IOERR', 'DISK_ERROR', 'IO_ERROR'],
    ['SQLITE_READONLY', 'READ_ONLY', 'READ_ONLY'],
    ['SQLITE_READONLY_DIRECTORY', 'READ_ONLY', 'READ_ONLY'],
    ['SQLITE_CORRUPT_INDEX', 'DB_UNREADABLE', 'CORRUPT'],
    ['SQLITE_NOTADB', 'DB_UNREADABLE', 'NOT_A_DATABASE'],
    ['ENOSPC', 'DISK_FULL', 'DISK_FULL'],
    ['EDQUOT', 'DISK_FULL', 'DISK_FULL'],
    ['EROFS', 'READ_ONLY', 'READ_ONLY'],
    ['EIO', 'DISK_ERROR', 'IO_ERROR'],
  ])('%s → %s', (raw, code, reason) => {
    expect(storageErrorOf(thrown(raw), '/datos/cafetal.sqlite')).toMatchObject({
      code,
      message: 'boom',
      details: { reason, sqlite: raw, path: '/datos/cafetal.sqlite' },
    });
  });

  it('leaves every other error to the caller', () => {
    expect(storageErrorOf(thrown('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageErrorOf(thrown('SQLITE_BUSY'))).toBeNull();
    expect(storageErrorOf(thrown('ENOENT'))).toBeNull();
    expect(storageErrorOf(new ApiError('NOT_FOUND', 'no'))).toBeNull();
    expect(storageErrorOf('SQLITE_FULL')).toBeNull();
  });

  it('calls SQLITE_CANTOPEN read-only only when the folder cannot be written', () => {
    const dir = tempDir();
    expect(storageErrorOf(thrown('SQLITE_CANTOPEN'), path.join(dir, 'cafetal.sqlite'))).toBeNull();
  });
});

describe('readWalTail', () => {
  it('counts the frames of a transaction that spilled into the WAL and never committed', () => {
    const dbPath = path.join(tempDir(), 'wal.sqlite');
    const db = new Database(dbPath);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x TEXT)');
    for (let i = 0; i < 5; i += 1) db.prepare('INSERT INTO t VALUES (?)').run('a'.repeat(3000));
    const committed = readWalTail(`${dbPath}-wal`);
    expect(committed.validFrames).toBeGreaterThan(5);
    expect(committed.uncommittedFrames).toBe(0);
    // A tiny page cache makes SQLite write pages of the open transaction into the WAL before its commit.
    db.pragma('cache_size = 2');
    db.exec('BEGIN');
    for (let i = 0; i < 200; i += 1) db.prepare('INSERT INTO t VALUES (?)').run('b'.repeat(3000));
    const open = readWalTail(`${dbPath}-wal`);
    expect(open.uncommittedFrames).toBeGreaterThan(100);
    expect(open.validFrames - open.uncommittedFrames).toBe(committed.validFrames);
    db.exec('COMMIT');
    expect(readWalTail(`${dbPath}-wal`).uncommittedFrames).toBe(0);
    db.close();
    expect(readWalTail(`${dbPath}-wal`)).toEqual({ validFrames: 0, uncommittedFrames: 0 });
  });
});
