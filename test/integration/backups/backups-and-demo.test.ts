import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, tempCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('backups and the workshop demo', () => {
  it('saves no backup while the demo is open, and never restores a copy of the demo over real data', async () => {
    const core = await tempCore();
    await ok(core, 'organisations.create', { name: 'Cooperativa Real Tabaconas', type: 'cooperativa' });
    await ok(core, 'demo.load', {});

    const out = tempDir();
    for (const [name, input] of [
      ['backups.create', {}],
      ['backups.write', { path: path.join(out, 'demo.sqlite') }],
      ['backups.download', {}],
    ] as const) {
      expect(await core.call(name, input)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { reason: 'DEMO_BACKUP' } },
      });
    }

    // Even a copy of the demo file made by hand is refused once the real data is open again.
    const demoFile = core.context.db.name;
    await ok(core, 'demo.leave', {});
    const refused = await core.call('backups.inspect', { source: { path: demoFile } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', details: { reason: 'DEMO_DATA' } } });
    expect((await ok(core, 'organisations.list', {})).map((o) => o.name)).toEqual(['Cooperativa Real Tabaconas']);
    core.close();
  });
});
