import type { Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { CANDIDATES_SQL } from '../../electron/core/plots/plot-overlaps.js';
import type { Core } from '../../electron/core/create-core.js';
import { ok, tempCore } from '../helpers/core.js';

let core: Core | undefined;
afterEach(() => core?.close());

const square = (lon: number, lat: number, side: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + side, lat],
      [lon + side, lat + side],
      [lon, lat + side],
      [lon, lat],
    ],
  ],
});

async function setup() {
  const c = (core = await tempCore());
  const org = await ok(c, 'organisations.create', { name: 'Cooperativa Casil', type: 'cooperativa' });
  const ana = await ok(c, 'producers.create', { organisationId: org.id, memberCode: 'C-1', names: 'Ana Campos' });
  const beto = await ok(c, 'producers.create', { organisationId: org.id, memberCode: 'C-2', names: 'Beto Rojas' });
  return { c, org, ana, beto };
}

describe('plots through the API', () => {
  it('computes geodesic area, perimeter and centroid on save and stores them', async () => {
    const { c, ana } = await setup();
    const plot = await ok(c, 'plots.create', {
      producerId: ana.id,
      name: 'La Loma',
      geometry: square(-78.99, -5.15, 0.001),
      altitudeM: 1350,
      variety: 'Catimor',
      productionSystem: 'organico',
      lastHarvestQq: 18,
      lastHarvestBasis: 'pergamino',
    });
    expect(plot.areaHa).toBeCloseTo(1.226, 2);
    expect(plot.perimeterM).toBeCloseTo(443, 0);
    expect(plot.altitudeSource).toBe('typed');
    expect(plot.issues).toEqual([]);
    const row = c.context.db
      .prepare('SELECT area_ha, perimeter_m, centroid_lon FROM plots WHERE id = ?')
      .get(plot.id) as Record<string, number>;
    expect(row.area_ha).toBeCloseTo(plot.areaHa, 12);
    expect(row.centroid_lon).toBeCloseTo(-78.9895, 6);
    const box = c.context.db.prepare('SELECT * FROM plots_rtree').get() as Record<string, number>;
    // The R*Tree keeps 32-bit floats rounded outwards, so the box still contains the plot.
    expect(box.min_lon).toBeLessThanOrEqual(-78.99);
    expect(box.min_lon).toBeCloseTo(-78.99, 4);
    expect(box.max_lat).toBeGreaterThanOrEqual(-5.149);
    expect(box.max_lat).toBeCloseTo(-5.149, 4);
  });

  it('refuses a self-intersecting plot with the crossing point, and stores nothing', async () => {
    const { c, ana } = await setup();
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-78.99, -5.15],
          [-78.98, -5.14],
          [-78.98, -5.15],
          [-78.99, -5.14],
          [-78.99, -5.15],
        ],
      ],
    };
    const result = await c.call('plots.create', { producerId: ana.id, name: 'Mal dibujada', geometry: bowTie });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const issues = (result.error.details as { issues: { code: string; at: number[][] }[] }).issues;
    expect(issues.map((i) => i.code)).toEqual(['SELF_INTERSECTION']);
    expect(issues[0]?.at[0]?.[0]).toBeCloseTo(-78.985, 6);
    expect((await ok(c, 'system.info', {})).counts.plots).toBe(0);
    expect(c.context.db.prepare('SELECT count(*) AS n FROM plots_rtree').get()).toEqual({ n: 0 });
  });

  it('saves an overlapping plot with a warning naming the other plot and the overlap area, and records it', async () => {
    const { c, ana, beto } = await setup();
    const first = await ok(c, 'plots.create', {
      producerId: ana.id,
      name: 'El Naranjo',
      geometry: square(-78.99, -5.15, 0.001),
    });
    // Shifted by half its width: half of it lies on El Naranjo.
    const second = await ok(c, 'plots.create', {
      producerId: beto.id,
      name: 'Lindero',
      geometry: square(-78.9895, -5.15, 0.001),
    });
    const overlap = second.issues.find((i) => i.code === 'OVERLAP');
    expect(overlap?.level).toBe('warning');
    expect(overlap?.params).toMatchObject({ otherPlotName: 'El Naranjo', producerName: 'Ana Campos' });
    expect(Number(overlap?.params.overlapHa)).toBeCloseTo(first.areaHa / 2, 3);
    expect((await ok(c, 'plots.get', { id: first.id })).overlaps.map((o) => o.plotName)).toEqual(['Lindero']);
    expect(c.context.db.prepare('SELECT count(*) AS n FROM plot_overlaps').get()).toEqual({ n: 1 });
  });

  it('refuses an exact duplicate of another plot', async () => {
    const { c, ana, beto } = await setup();
    await ok(c, 'plots.create', { producerId: ana.id, name: 'El Naranjo', geometry: square(-78.99, -5.15, 0.001) });
    const again = await c.call('plots.create', {
      producerId: beto.id,
      name: 'Copia',
      geometry: square(-78.99, -5.15, 0.001),
    });
    expect(
      again.ok ? [] : (again.error.details as { issues: { code: string; params: Record<string, string> }[] }).issues,
    ).toEqual([
      expect.objectContaining({ code: 'DUPLICATE', params: expect.objectContaining({ otherPlotName: 'El Naranjo' }) }),
    ]);
  });

  it('finds overlap candidates through the R*Tree, not by scanning plots', async () => {
    const { c } = await setup();
    const plan = c.context.db
      .prepare(`EXPLAIN QUERY PLAN ${CANDIDATES_SQL}`)
      .all({ minLon: 0, minLat: 0, maxLon: 1, maxLat: 1, exceptId: null }) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    expect(details[0]).toMatch(/SCAN r VIRTUAL TABLE INDEX \d+:/);
    expect(details.join('\n')).toMatch(/SEARCH p USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(details.join('\n')).not.toMatch(/SCAN p\b/);
  });

  it('updates the geometry, recomputing measures, and deletes with undo', async () => {
    const { c, ana } = await setup();
    const plot = await ok(c, 'plots.create', {
      producerId: ana.id,
      name: 'Alto',
      geometry: square(-78.99, -5.15, 0.001),
      notes: 'sombra de guaba',
    });
    const bigger = await ok(c, 'plots.update', { id: plot.id, patch: { geometry: square(-78.99, -5.15, 0.002) } });
    expect(bigger.areaHa).toBeCloseTo(plot.areaHa * 4, 2);
    expect(bigger.notes).toBe('sombra de guaba');
    await ok(c, 'plots.remove', { id: plot.id });
    expect(await ok(c, 'plots.list', {})).toEqual([]);
    expect(c.context.db.prepare('SELECT count(*) AS n FROM plots_rtree').get()).toEqual({ n: 0 });
    const back = await ok(c, 'plots.restore', { id: plot.id });
    expect(back.deletedAt).toBeNull();
    expect((await ok(c, 'plots.features', {})).features.map((f) => f.properties.name)).toEqual(['Alto']);
  });

  it('validates a drawing without saving it', async () => {
    const { c, ana } = await setup();
    const check = await ok(c, 'plots.validate', { producerId: ana.id, geometry: square(-79.2, -4.0, 0.001) });
    expect(check.issues.map((i) => i.code)).toContain('OUTSIDE_PERU');
    expect(check.measures?.areaHa).toBeGreaterThan(1);
    expect((await ok(c, 'system.info', {})).counts.plots).toBe(0);
  });
});
