import fs from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { ok, tempCore } from '../../helpers/core.js';

let core: (Core & { dir: string }) | undefined;
afterEach(() => core?.close());

const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

/** INGEMMET-style susceptibility: the west half "Muy alta", the east half "Baja", one strip unmapped. */
const hazardFile = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { SUSCEPTIB: 'Muy alta', ID: 1 }, geometry: box(-79.0, -5.16, -78.99, -5.14) },
    { type: 'Feature', properties: { SUSCEPTIB: 'Baja', ID: 2 }, geometry: box(-78.99, -5.16, -78.98, -5.14) },
    { type: 'Feature', properties: { SUSCEPTIB: 'Sin dato', ID: 3 }, geometry: box(-78.98, -5.16, -78.97, -5.14) },
  ],
};

async function setup() {
  const c = (core = await tempCore());
  const file = path.join(c.dir, 'susceptibilidad.geojson');
  fs.writeFileSync(file, JSON.stringify(hazardFile));
  const org = await ok(c, 'organisations.create', { name: 'Cooperativa Casil', type: 'cooperativa' });
  const ana = await ok(c, 'producers.create', { organisationId: org.id, memberCode: 'C-1', names: 'Ana Campos' });
  // Straddles the Muy alta / Baja boundary at −78.99 symmetrically: half its area on each side.
  const plot = await ok(c, 'plots.create', {
    producerId: ana.id,
    name: 'La Loma',
    geometry: box(-78.992, -5.152, -78.988, -5.148),
    altitudeM: 1350,
    variety: 'Caturra',
  });
  return { c, file, org, plot };
}

const layerCount = (c: Core) =>
  (c.context.db.prepare('SELECT COUNT(*) AS n FROM layer_features').get() as { n: number }).n;

describe('vector hazard layers and the risk analysis', () => {
  it('suggests the class field and levels, stores polygons in WGS84 and overlays them by geodesic area', async () => {
    const { c, file, org, plot } = await setup();
    const inspection = await ok(c, 'layers.inspect', { source: { path: file } });
    expect(inspection).toMatchObject({ kind: 'vector', format: 'geojson', featureCount: 3 });
    expect(inspection.suggestedClassField).toBe('SUSCEPTIB');
    expect(inspection.suggestedMaps.SUSCEPTIB).toEqual({ 'Muy alta': 'muy_alto', Baja: 'bajo' });

    const layer = await ok(c, 'layers.add', {
      source: { path: file },
      meta: { name: 'Susceptibilidad INGEMMET', hazard: 'landslide', source: 'INGEMMET', date: '2023' },
      classField: 'SUSCEPTIB',
      classMap: inspection.suggestedMaps.SUSCEPTIB,
    });
    expect(layer).toMatchObject({ kind: 'vector', featureCount: 3, version: 1, classField: 'SUSCEPTIB' });
    expect(layerCount(c)).toBe(3);

    const features = await ok(c, 'layers.features', { id: layer.id });
    expect(features.features.map((f) => f.properties.level)).toEqual(['muy_alto', 'bajo', null]);

    const run = await ok(c, 'risk.analyse', { organisationId: org.id });
    expect(run).toMatchObject({ analysed: 1, upToDate: 0, overlaysComputed: 1 });
    const card = await ok(c, 'risk.plot', { plotId: plot.id });
    expect(card.stale).toBe(false);
    expect(card.assessments.map((a) => a.scenarioId)).toEqual(['baseline', '2030', '2050_moderate', '2050_high']);
    const [stats] = card.layers;
    expect(stats?.highest).toBe('muy_alto');
    expect(stats?.shares?.muy_alto).toBeCloseTo(0.5, 4);
    expect(stats?.shares?.bajo).toBeCloseTo(0.5, 4);
    const landslide = card.assessments[0]?.results.find((r) => r.hazard === 'landslide');
    expect(landslide?.level).toBe('muy_alto');

    const summary = await ok(c, 'risk.summary', { organisationId: org.id });
    const baselineLandslide = summary.distribution.find((d) => d.scenarioId === 'baseline' && d.hazard === 'landslide');
    expect(baselineLandslide?.counts).toEqual([{ level: 'muy_alto', plots: 1, hectares: plot.areaHa }]);
    // No drought layer: every plot is "no data" for drought.
    const drought = summary.distribution.find((d) => d.scenarioId === '2050_high' && d.hazard === 'drought');
    expect(drought?.counts).toEqual([{ level: null, plots: 1, hectares: plot.areaHa }]);
    expect(summary.producers).toHaveLength(1);
    expect(summary.producers[0]).toMatchObject({ producerName: 'Ana Campos', plots: 1 });
    expect(summary.producers[0]?.highest.map((h) => h.scenarioId)).toEqual([
      'baseline',
      '2030',
      '2050_moderate',
      '2050_high',
    ]);
    expect(summary.producers[0]?.highest[0]?.levels.landslide).toBe('muy_alto');
  });

  it('re-analyses only what changed: a plot edit redoes the model, not the overlay; a class map edit redoes the overlay', async () => {
    const { c, file, org, plot } = await setup();
    const layer = await ok(c, 'layers.add', {
      source: { path: file },
      meta: { name: 'Susceptibilidad', hazard: 'landslide' },
      classField: 'SUSCEPTIB',
      classMap: { 'Muy alta': 'muy_alto', Baja: 'bajo' },
    });
    await ok(c, 'risk.analyse', { organisationId: org.id });
    expect(await ok(c, 'risk.analyse', { organisationId: org.id })).toMatchObject({ analysed: 0, upToDate: 1 });

    await ok(c, 'plots.update', { id: plot.id, patch: { altitudeM: 1600 } });
    expect(await ok(c, 'risk.status', { organisationId: org.id })).toMatchObject({ plots: 1, stale: 1, upToDate: 0 });
    const afterPlotEdit = await ok(c, 'risk.analyse', { organisationId: org.id });
    expect(afterPlotEdit).toMatchObject({ analysed: 1, overlaysComputed: 0 });

    const updated = await ok(c, 'layers.update', {
      id: layer.id,
      patch: { classMap: { 'Muy alta': 'alto', Baja: 'bajo' } },
    });
    expect(updated.version).toBe(2);
    expect(await ok(c, 'risk.status', { organisationId: org.id })).toMatchObject({ stale: 1 });
    expect(await ok(c, 'risk.analyse', { organisationId: org.id })).toMatchObject({ analysed: 1, overlaysComputed: 1 });
    const card = await ok(c, 'risk.plot', { plotId: plot.id });
    expect(card.layers[0]?.highest).toBe('alto');

    // Opacity and name do not change results: no new version, nothing stale.
    await ok(c, 'layers.update', { id: layer.id, patch: { opacity: 0.3, name: 'Otra' } });
    expect(await ok(c, 'risk.status', { organisationId: org.id })).toMatchObject({ upToDate: 1, stale: 0 });

    expect(await ok(c, 'layers.remove', { id: layer.id })).toEqual({ removed: true });
    expect(await ok(c, 'layers.list', {})).toEqual([]);
    expect(layerCount(c)).toBe(0);
    expect(await ok(c, 'risk.status', { organisationId: org.id })).toMatchObject({ stale: 1 });
  });

  it('refuses a malformed file and a missing class field without writing anything', async () => {
    const { c, file } = await setup();
    const broken = path.join(c.dir, 'roto.geojson');
    fs.writeFileSync(broken, '{"type":"FeatureCollection","features":[{"type":"Feature",');
    const bad = await c.call('layers.add', { source: { path: broken }, meta: { name: 'Roto', hazard: 'landslide' } });
    expect(bad.ok ? null : bad.error.code).toBe('FILE_UNREADABLE');
    const wrongField = await c.call('layers.add', {
      source: { path: file },
      meta: { name: 'X', hazard: 'landslide' },
      classField: 'NO_EXISTE',
    });
    expect(wrongField.ok ? null : wrongField.error.details).toMatchObject({ reason: 'UNKNOWN_CLASS_FIELD' });
    expect(await ok(c, 'layers.list', {})).toEqual([]);
    expect(layerCount(c)).toBe(0);
  });
});
