import { LATEST_SCHEMA_VERSION } from '../../electron/core/store/migrations/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/create-core.js';
import { ok, tempCore } from '../helpers/core.js';

let core: Core | undefined;
afterEach(() => core?.close());

describe('organisations through the API contract', () => {
  it('creates, lists, updates and tombstones an organisation in SQLite', async () => {
    const c = (core = await tempCore());
    const created = await ok(c, 'organisations.create', {
      name: 'Cooperativa Agraria Cafetalera Alto Marañón',
      type: 'cooperativa',
      province: 'Jaén',
      district: 'Bellavista',
      ruc: '20100070970',
      certifications: ['fairtrade', 'organico_ue'],
    });
    expect(created.ruc).toBe('20100070970');
    expect(created.certifications).toEqual(['fairtrade', 'organico_ue']);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.region).toBe('Cajamarca');
    expect(created.deletedAt).toBeNull();

    const updated = await ok(c, 'organisations.update', { id: created.id, patch: { contact: 'Av. Pakamuros 123' } });
    expect(updated.contact).toBe('Av. Pakamuros 123');
    expect(updated.name).toBe(created.name);
    // A patch changes only what it names: nothing falls back to a default.
    expect(updated.province).toBe('Jaén');
    expect(updated.region).toBe('Cajamarca');
    expect(updated.updatedAt >= created.updatedAt).toBe(true);

    await ok(c, 'organisations.remove', { id: created.id });
    expect(await ok(c, 'organisations.list', {})).toEqual([]);
    const withDeleted = await ok(c, 'organisations.list', { includeDeleted: true });
    expect(withDeleted).toHaveLength(1);
    expect(withDeleted[0]?.deletedAt).not.toBeNull();

    const row = c.context.db.prepare('SELECT name, deleted_at FROM organisations WHERE id = ?').get(created.id) as {
      name: string;
      deleted_at: string | null;
    };
    expect(row.name).toBe('Cooperativa Agraria Cafetalera Alto Marañón');
    expect(row.deleted_at).not.toBeNull();
  });

  it('answers invalid input with VALIDATION naming the field, and stores nothing', async () => {
    const c = (core = await tempCore());
    const result = await c.call('organisations.create', { name: 'X', type: 'sindicato' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const paths = (result.error.details as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'type']));
    expect(await ok(c, 'organisations.list', {})).toEqual([]);
  });

  it('refuses a RUC whose check digit is wrong', async () => {
    const c = (core = await tempCore());
    const result = await c.call('organisations.create', {
      name: 'Cooperativa X',
      type: 'cooperativa',
      ruc: '20100070971',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    if (!result.ok) expect(JSON.stringify(result.error.details)).toContain('RUC_INVALID');
  });

  it('rejects unknown fields instead of ignoring them', async () => {
    const c = (core = await tempCore());
    const result = await c.call('organisations.create', {
      name: 'Asociación Valle Chinchipe',
      type: 'asociacion',
      colour: 'red',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
  });

  it('refuses a second live organisation with the same name (any case) but allows it after deletion', async () => {
    const c = (core = await tempCore());
    const first = await ok(c, 'organisations.create', { name: 'Sol y Café', type: 'cooperativa' });
    const clash = await c.call('organisations.create', { name: '  SOL Y CAFÉ ', type: 'asociacion' });
    expect(clash.ok ? 'ok' : clash.error.code).toBe('CONFLICT');
    await ok(c, 'organisations.remove', { id: first.id });
    await ok(c, 'organisations.create', { name: 'Sol y Café', type: 'cooperativa' });
  });

  it('reports NOT_FOUND for an id that does not exist', async () => {
    const c = (core = await tempCore());
    const result = await c.call('organisations.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
  });

  it('counts live rows in system.info', async () => {
    const c = (core = await tempCore());
    await ok(c, 'organisations.create', { name: 'Cenfrocafé', type: 'cooperativa' });
    const gone = await ok(c, 'organisations.create', { name: 'Borrada', type: 'otra' });
    await ok(c, 'organisations.remove', { id: gone.id });
    const info = await ok(c, 'system.info', {});
    expect(info.counts.organisations).toBe(1);
    expect(info.dbPath).toBe(c.dbPath);
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });
});
