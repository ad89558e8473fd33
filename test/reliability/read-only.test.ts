import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n/index.js';
import { createCore } from '../../electron/core/create-core.js';
import { tempDir } from '../helpers/temp-dir.js';
import { databaseWithPlots, integrityOf, sha256 } from './damage.js';
import { canRunAsNobody, cliAsNobody, isRoot, tryMount } from './os-tricks.js';

const READ_ONLY_ES = catalogues['es-PE'].errors.READ_ONLY;

/**
 * Two real ways a database cannot be written: the file itself is read-only
 * (0444), or its folder is (0555: SQLite cannot create its `-wal`/`-shm`
 * beside it). Root ignores both bits, so as root the check runs as `nobody`
 * through setpriv; as anyone else, in this process.
 */
const cases = [
  { name: 'the database file is read-only', fileMode: 0o444, folderMode: 0o777 },
  { name: 'the database folder is read-only', fileMode: 0o666, folderMode: 0o555 },
] as const;

describe('a database that cannot be written', () => {
  for (const { name, fileMode, folderMode } of cases) {
    it(`${name}: the CLI says so in Spanish, exits 1, and the file is untouched`, async (context) => {
      if (isRoot && !canRunAsNobody()) {
        context.skip();
        return;
      }
      const parent = tempDir();
      fs.chmodSync(parent, 0o755);
      const dir = path.join(parent, 'datos');
      fs.mkdirSync(dir);
      const { dbPath } = await databaseWithPlots(dir, 20);
      const before = sha256(dbPath);
      fs.chmodSync(dbPath, fileMode);
      fs.chmodSync(dir, folderMode);
      try {
        if (isRoot) {
          const run = cliAsNobody(['info', '--db', dbPath], dir);
          expect(run.code).toBe(1);
          expect(run.err).toContain(READ_ONLY_ES);
          if (fileMode === 0o444) {
            const json = cliAsNobody(['info', '--db', dbPath, '--json'], dir);
            expect(JSON.parse(json.out)).toMatchObject({
              error: { code: 'READ_ONLY', details: { reason: 'READ_ONLY' } },
            });
          }
        } else {
          await expect(createCore({ dbPath, dataDir: dir })).rejects.toMatchObject({ code: 'READ_ONLY' });
        }
      } finally {
        fs.chmodSync(dir, 0o755);
        fs.chmodSync(dbPath, 0o644);
      }
      expect(sha256(dbPath)).toBe(before);
      // Reading a WAL database may create an empty `-wal` beside it; nothing was written into one.
      const sideFiles = fs.readdirSync(dir).filter((file) => file.endsWith('-wal') || file.endsWith('-journal'));
      expect(sideFiles.map((file) => fs.statSync(path.join(dir, file)).size).filter((size) => size > 0)).toEqual([]);
      expect(integrityOf(dbPath)).toEqual(['ok']);
    }, 90_000);
  }

  // A read-only file system stops root too (EROFS): a read-only bind mount, where mounting is allowed.
  it('on a read-only file system: READ_ONLY at start, for root as well', async (context) => {
    const dir = tempDir();
    const { dbPath } = await databaseWithPlots(path.join(dir, 'datos'), 20);
    const before = sha256(dbPath);
    const mounted = path.join(dir, 'solo-lectura');
    const unmount = tryMount(mounted, { readOnlyBindOf: path.dirname(dbPath) });
    if (!unmount) {
      context.skip();
      return;
    }
    try {
      const seen = path.join(mounted, path.basename(dbPath));
      await expect(createCore({ dbPath: seen, dataDir: mounted })).rejects.toMatchObject({
        code: 'READ_ONLY',
        details: { reason: 'READ_ONLY', path: seen },
      });
    } finally {
      unmount();
    }
    expect(sha256(dbPath)).toBe(before);
  });

  it('has a message in Spanish and English that says nothing was saved', () => {
    expect(READ_ONLY_ES).toMatch(/^No se puede escribir en la base de datos.*No se guardó nada/);
    expect(catalogues.en.errors.READ_ONLY).toMatch(/^The database cannot be written.*Nothing was saved/);
  });
});
