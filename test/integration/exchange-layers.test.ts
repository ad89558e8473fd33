import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackageReport } from '../../shared/api/exchange.js';
import { createCore } from '../../electron/core/create-core.js';
import type { Core } from '../../electron/core/create-core.js';
import { writeGeoTiff } from '../helpers/geotiff.js';
import { tempDir } from '../helpers/temp-dir.js';

async function ok<T = unknown>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A 40 × 40 elevation grid of 0.025° cells: 1,500 m + 25 m per column east + 10 m per row south. */
const dem = () =>
  writeGeoTiff({
    width: 40,
    height: 40,
    values: Array.from({ length: 1600 }, (_, i) => 1500 + 25 * (i % 40) + 10 * Math.floor(i / 40)),
    originX: -79.1625,
    originY: -5.6375,
    pixelWidth: 0.025,
    pixelHeight: -0.025,
    epsg: 4326,
  });

const landslideGeoJson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { clase: 'Alta' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-79, -5.2],
            [-78.9, -5.2],
            [-78.9, -5.1],
            [-79, -5.1],
            [-79, -5.2],
          ],
        ],
      },
    },
  ],
});

describe('layers between laptops', () => {
  it('send vector layers with their features, and raster files only when chosen', async () => {
    const root = tempDir();
    const open = (name: string) =>
      createCore({ dbPath: path.join(root, name, 'cafetal.sqlite'), dataDir: path.join(root, name) });
    const office = await open('office');
    const field = await open('field');
    fs.writeFileSync(path.join(root, 'dem.tif'), dem());
    fs.writeFileSync(path.join(root, 'landslide.geojson'), landslideGeoJson);
    const raster = await ok<{ id: string }>(office, 'layers.add', {
      source: { path: path.join(root, 'dem.tif') },
      meta: { name: 'DEM Jaén', hazard: 'elevation', unit: 'm', ramp: 'elevation' },
    });
    await ok(office, 'layers.add', {
      source: { path: path.join(root, 'landslide.geojson') },
      meta: { name: 'Deslizamientos INGEMMET', hazard: 'landslide' },
      classField: 'clase',
      classMap: { Alta: 'alto' },
    });

    const light = path.join(root, 'light.cafetal');
    const heavy = path.join(root, 'heavy.cafetal');
    const small = await ok<{ sizeBytes: number; rasterFiles: number }>(office, 'exchange.write', { path: light });
    const big = await ok<{ sizeBytes: number; rasterFiles: number }>(office, 'exchange.write', {
      path: heavy,
      includeRasters: true,
    });
    expect([small.rasterFiles, big.rasterFiles]).toEqual([0, 1]);
    expect(big.sizeBytes).toBeGreaterThan(small.sizeBytes);

    const first = await ok<PackageReport>(field, 'exchange.import', { source: { path: light } });
    expect(first.tables.find((t) => t.table === 'layers')).toMatchObject({ new: 2 });
    expect(first.tables.find((t) => t.table === 'layer_features')).toMatchObject({ new: 1 });
    expect(first.rasterFiles).toEqual({ included: 0, written: 0, missing: ['DEM Jaén'] });
    const features = await ok<{ features: unknown[] }>(field, 'layers.features', {
      id: (await ok<{ id: string; name: string }[]>(field, 'layers.list', {})).find((l) => l.name.startsWith('Desl'))!
        .id,
    });
    expect(features.features).toHaveLength(1);

    const second = await ok<PackageReport>(field, 'exchange.import', { source: { path: heavy } });
    expect(second.rasterFiles).toEqual({ included: 1, written: 1, missing: [] });
    expect(fs.readFileSync(path.join(root, 'field', 'layers', `${raster.id}.tif`))).toEqual(
      fs.readFileSync(path.join(root, 'office', 'layers', `${raster.id}.tif`)),
    );
    // The grid answers at the field laptop as at the office: column 20, row 10 → 1,500 + 500 + 100 m.
    const [value] = await ok<{ value: number | null }[]>(field, 'layers.valueAt', {
      lon: -79.1625 + 20.5 * 0.025,
      lat: -5.6375 - 10.5 * 0.025,
    });
    expect(value?.value).toBeCloseTo(2100, 0);
    office.close();
    field.close();
  });
});
