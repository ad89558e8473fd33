import fs from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { ok, tempCore } from '../../helpers/core.js';
import { writeGeoTiff } from '../../helpers/geotiff.js';

let core: (Core & { dir: string }) | undefined;
afterEach(() => core?.close());

/**
 * A synthetic DEM: 200 × 200 pixels of 0.0005° from (−79.0, −5.10), rising
 * eastwards as z = 1000 m + 0.1 · (metres east of −79.0). One degree of
 * longitude at −5.15° is 111,320 · cos(5.15°) = 110,870.6 m, so the slope is
 * 10 % everywhere and the plot centred at −78.95 sits at
 * 1000 + 0.1 · 0.05 · 110,870.6 = 1,554.35 msnm.
 */
const M_PER_DEG_LON = 111_320 * Math.cos((5.15 * Math.PI) / 180);
const PIXEL_DEG = 0.0005;
function demBytes(): Uint8Array {
  const size = 200;
  const values = new Float32Array(size * size);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const lon = -79 + (col + 0.5) * PIXEL_DEG;
      values[row * size + col] = 1000 + 0.1 * (lon + 79) * M_PER_DEG_LON;
    }
  }
  return writeGeoTiff({
    width: size,
    height: size,
    values,
    originX: -79,
    originY: -5.1,
    pixelWidth: PIXEL_DEG,
    pixelHeight: -PIXEL_DEG,
    epsg: 4326,
    noData: -9999,
  });
}

const square = (lon: number, lat: number, half: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - half, lat - half],
      [lon + half, lat - half],
      [lon + half, lat + half],
      [lon - half, lat + half],
      [lon - half, lat - half],
    ],
  ],
});

async function setup() {
  const c = (core = await tempCore());
  const file = path.join(c.dir, 'dem.tif');
  fs.writeFileSync(file, demBytes());
  const org = await ok(c, 'organisations.create', { name: 'Cooperativa Casil', type: 'cooperativa' });
  const ana = await ok(c, 'producers.create', { organisationId: org.id, memberCode: 'C-1', names: 'Ana Campos' });
  // No altitude typed: the DEM gives it. 0.0025° half-side: 10 × 10 pixels, symmetric about −78.95.
  const plot = await ok(c, 'plots.create', {
    producerId: ana.id,
    name: 'El Alto',
    geometry: square(-78.95, -5.15, 0.0025),
    variety: 'Caturra',
  });
  return { c, file, org, plot };
}

describe('raster layers: a DEM gives altitude and slope', () => {
  it('stores the GeoTIFF in the data folder, samples it under the cursor and draws it for the map', async () => {
    const { c, file } = await setup();
    const inspection = await ok(c, 'layers.inspect', { source: { path: file } });
    expect(inspection.kind).toBe('raster');
    expect(inspection.raster).toMatchObject({ width: 200, height: 200, crsCode: 4326 });
    const layer = await ok(c, 'layers.add', {
      source: { path: file },
      meta: { name: 'DEM SRTM', hazard: 'elevation', unit: 'm', ramp: 'elevation' },
    });
    expect(layer.raster?.bounds[0]).toBeCloseTo(-79, 6);
    expect(layer.raster?.bounds[3]).toBeCloseTo(-5.1, 6);
    expect(fs.existsSync(path.join(c.dir, 'layers', `${layer.id}.tif`))).toBe(true);

    const [value] = await ok(c, 'layers.valueAt', { lon: -78.95, lat: -5.15 });
    expect(value?.name).toBe('DEM SRTM');
    expect(value?.value).toBeGreaterThan(1554.35 - 3);
    expect(value?.value).toBeLessThan(1554.35 + 3);
    expect((await ok(c, 'layers.valueAt', { lon: -78.5, lat: -5.15 }))[0]?.value).toBeNull();

    const image = await ok(c, 'layers.image', { id: layer.id });
    expect(image.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    expect(image.coordinates[0][0]).toBeCloseTo(-79, 6);
    expect(image.coordinates[2][1]).toBeCloseTo(-5.2, 6);
  });

  it('gives the model the DEM altitude and slope when the plot has none typed', async () => {
    const { c, file, org, plot } = await setup();
    await ok(c, 'layers.add', { source: { path: file }, meta: { name: 'DEM', hazard: 'elevation', unit: 'm' } });
    await ok(c, 'risk.analyse', { organisationId: org.id });
    const card = await ok(c, 'risk.plot', { plotId: plot.id });
    const baseline = card.assessments[0];
    expect(baseline?.altitudeSource).toBe('dem');
    expect(baseline?.altitudeM).toBeCloseTo(1554.35, 0);
    // Weberbauer station: 14.8 °C at 2,536 m, Γ 6.5 °C/km → 14.8 + 6.5 · 0.98165 = 21.18 °C.
    expect(baseline?.temperatureC).toBeCloseTo(21.18, 1);
    expect(card.layers[0]?.slopePct).toBeCloseTo(10, 1);
    expect(card.layers[0]?.pixelCount).toBe(100);
  });

  it('refuses a damaged GeoTIFF and leaves neither a row nor a file', async () => {
    const { c } = await setup();
    const broken = path.join(c.dir, 'roto.tif');
    fs.writeFileSync(broken, demBytes().slice(0, 300));
    const result = await c.call('layers.add', {
      source: { path: broken },
      meta: { name: 'Roto', hazard: 'elevation' },
    });
    expect(result.ok ? null : result.error.code).toBe('FILE_UNREADABLE');
    expect(await ok(c, 'layers.list', {})).toEqual([]);
    const layersDir = path.join(c.dir, 'layers');
    expect(fs.existsSync(layersDir) ? fs.readdirSync(layersDir) : []).toEqual([]);
  });
});
