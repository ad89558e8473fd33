/**
 * What a stolen laptop gives away, stated as tests so docs/security.md cannot
 * drift from the truth: the database and its backups are plain SQLite (NOT
 * encrypted: whoever holds the disk reads everything, hence the advice to
 * turn on the operating system's disk encryption), while the laptop's
 * signing key in device.json is readable by its own user only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_FILE_NAME } from '../../../electron/core/sync/device-identity.js';
import { ok, tempCore } from '../../helpers/core.js';

const SQLITE_HEADER = 'SQLite format 3\0';

describe('data at rest', () => {
  it('the database and an automatic backup are plain SQLite: names are readable without Cafetal', async () => {
    const core = await tempCore();
    try {
      await ok(core, 'organisations.create', { name: 'Asociación Chirinos Seguro', type: 'asociacion' });
      const backup = await ok(core, 'backups.create', {});
      core.close();
      for (const file of [core.dbPath, backup.path]) {
        const bytes = fs.readFileSync(file);
        expect(bytes.subarray(0, 16).toString('latin1'), file).toBe(SQLITE_HEADER);
        expect(bytes.includes(Buffer.from('Asociación Chirinos Seguro', 'utf8')), file).toBe(true);
      }
    } finally {
      core.close();
    }
  });

  it.skipIf(process.platform === 'win32')(
    'device.json, with the signing key, is readable by its user only (0600)',
    async () => {
      const core = await tempCore();
      try {
        const file = path.join(core.dir, DEVICE_FILE_NAME);
        expect(fs.existsSync(file)).toBe(true);
        expect(fs.statSync(file).mode & 0o777).toBe(0o600);
        expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toHaveProperty('privateKey');
      } finally {
        core.close();
      }
    },
  );
});
