import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/create-core.js';
import { ok, tempCore } from '../helpers/core.js';

let core: Core | undefined;
afterEach(() => core?.close());

async function withOrganisation() {
  const c = (core = await tempCore());
  const org = await ok(c, 'organisations.create', {
    name: 'Cooperativa Señor de Huamantanga',
    type: 'cooperativa',
    province: 'Jaén',
  });
  return { c, org };
}

describe('producers through the API', () => {
  it('registers a family with all its data and lists it with plot totals', async () => {
    const { c, org } = await withOrganisation();
    const rosa = await ok(c, 'producers.create', {
      organisationId: org.id,
      memberCode: 'HUA-0012',
      names: 'Rosa Elvira Huamán Díaz',
      dni: '45678912',
      gender: 'mujer',
      birthYear: 1978,
      householdSize: 5,
      phone: '976 123 456',
      community: 'Caserío La Palma',
      district: 'Huabal',
      certifications: ['organico_ue', 'fairtrade'],
    });
    expect(rosa).toMatchObject({
      memberCode: 'HUA-0012',
      dni: '45678912',
      householdSize: 5,
      certifications: ['organico_ue', 'fairtrade'],
    });
    await ok(c, 'plots.create', {
      producerId: rosa.id,
      name: 'La Loma',
      geometry: { type: 'Point', coordinates: [-78.99, -5.15] },
      declaredAreaHa: 1.5,
    });
    const rows = await ok(c, 'producers.list', { organisationId: org.id });
    expect(rows.map((r) => [r.names, r.plotCount, r.totalAreaHa])).toEqual([['Rosa Elvira Huamán Díaz', 1, 1.5]]);
  });

  it('keeps member codes unique within the organisation and DNIs unique overall', async () => {
    const { c, org } = await withOrganisation();
    const other = await ok(c, 'organisations.create', { name: 'Asociación Valle del Chinchipe', type: 'asociacion' });
    await ok(c, 'producers.create', {
      organisationId: org.id,
      memberCode: 'A-1',
      names: 'Juan Pérez',
      dni: '12345678',
    });
    const sameCode = await c.call('producers.create', { organisationId: org.id, memberCode: 'A-1', names: 'Otro' });
    expect(sameCode.ok ? null : sameCode.error).toMatchObject({
      code: 'CONFLICT',
      details: { field: 'memberCode', existingName: 'Juan Pérez' },
    });
    // The same code in another organisation is a different member.
    await ok(c, 'producers.create', { organisationId: other.id, memberCode: 'A-1', names: 'María Torres' });
    const sameDni = await c.call('producers.create', {
      organisationId: other.id,
      memberCode: 'B-9',
      names: 'X Y',
      dni: '12345678',
    });
    expect(sameDni.ok ? null : sameDni.error).toMatchObject({ code: 'CONFLICT', details: { field: 'dni' } });
  });

  it('validates DNI, birth year and household size with the contract', async () => {
    const { c, org } = await withOrganisation();
    const result = await c.call('producers.create', {
      organisationId: org.id,
      memberCode: 'A-2',
      names: 'Ana',
      dni: '1234',
      birthYear: 1850,
      householdSize: 0,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.details as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['birthYear', 'dni', 'householdSize']);
  });

  it('deleting a family tombstones its plots; restoring brings them back', async () => {
    const { c, org } = await withOrganisation();
    const p = await ok(c, 'producers.create', { organisationId: org.id, memberCode: 'A-3', names: 'Luis Chávez' });
    const plot = await ok(c, 'plots.create', {
      producerId: p.id,
      name: 'Bajo',
      geometry: { type: 'Point', coordinates: [-78.8, -5.7] },
      declaredAreaHa: 2,
    });
    await ok(c, 'producers.remove', { id: p.id });
    expect(await ok(c, 'producers.list', { organisationId: org.id })).toEqual([]);
    expect((await ok(c, 'plots.get', { id: plot.id })).deletedAt).not.toBeNull();
    await ok(c, 'producers.restore', { id: p.id });
    expect((await ok(c, 'plots.get', { id: plot.id })).deletedAt).toBeNull();
    expect((await ok(c, 'system.info', {})).counts).toMatchObject({ producers: 1, plots: 1 });
  });
});
