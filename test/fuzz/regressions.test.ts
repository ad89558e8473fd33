import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGpkgCore } from '../../electron/core/export/gpkg-schema.js';
import { decodeLzw } from '../../electron/core/raster/lzw-decoder.js';
import { geoTransformOf } from '../../electron/core/raster/raster-grid.js';
import { writeGeoTiff } from '../../electron/core/raster/write-geotiff.js';
import { sealPackage } from '../../electron/core/sync/package-envelope.js';
import type { CaseOutcome, FuzzCase } from '../../bench/fuzz/fuzz-types.js';
import { strangerIdentity } from '../../bench/fuzz/inputs/package.js';
import { FuzzWorld } from '../../bench/fuzz/targets/fuzz-world.js';
import { fuzzHazardLayer } from '../../bench/fuzz/targets/hazard-layer.js';
import { fuzzPackageImport } from '../../bench/fuzz/targets/package-import.js';
import { fuzzPlotImport } from '../../bench/fuzz/targets/plots-import.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * Inputs the fuzzer found failing (bench/fuzz), written here by code so each
 * stays fixed: the same property as the fuzzer (accepted whole or refused
 * with nothing written, no INTERNAL, under 5 s) plus what the answer must be.
 */
let world: FuzzWorld;
beforeEach(async () => {
  world = await FuzzWorld.create();
});
afterEach(() => world.close());

const text = (fileName: string, content: string): FuzzCase => ({
  label: fileName,
  fileName,
  bytes: new Uint8Array(Buffer.from(content, 'utf8')),
});

async function timed(run: () => Promise<CaseOutcome>): Promise<CaseOutcome & { ms: number }> {
  const started = performance.now();
  const outcome = await run();
  const ms = performance.now() - started;
  expect(outcome.failure, outcome.failure).toBeUndefined();
  expect(ms).toBeLessThan(5_000);
  return { ...outcome, ms };
}

/** The reasons the import gave each feature, after the same open → commit as the wizard. */
async function verdictReasons(input: FuzzCase, crsCode?: number): Promise<string[][]> {
  const opened = await world.core.call('imports.open', {
    source: { fileName: input.fileName, dataBase64: Buffer.from(input.bytes).toString('base64') },
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const open = opened.value as { importId: string; crs: { needsChoice: boolean; suggestedCode: number } };
  const preview = await world.core.call('imports.preview', {
    importId: open.importId,
    organisationId: world.organisationId,
    crsCode: crsCode ?? (open.crs.needsChoice ? open.crs.suggestedCode : null),
    defaultProducerId: world.producerId,
  });
  if (!preview.ok) throw new Error(preview.error.message);
  return (preview.value as { verdicts: { reasons: { code: string }[] }[] }).verdicts.map((v) =>
    v.reasons.map((r) => r.code),
  );
}

const feature = (geometry: unknown) => ({ type: 'Feature', properties: { nombre: 'Lote' }, geometry });
const collection = (...geometries: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: geometries.map(feature) });
/** A square plot away from the world's own plot (which sits at -78.99, -5.15). */
const square = [
  [
    [-78.95, -5.15],
    [-78.949, -5.15],
    [-78.949, -5.149],
    [-78.95, -5.149],
    [-78.95, -5.15],
  ],
];

describe('plots import: inputs the fuzzer found', () => {
  it('a polygon with no ring ("coordinates": []) is rejected, not an INTERNAL error (turf cannot centre it)', async () => {
    const input = text(
      'vacio.geojson',
      collection({ type: 'Polygon', coordinates: [] }, { type: 'Polygon', coordinates: square }),
    );
    expect(await verdictReasons(input)).toEqual([['TOO_FEW_VERTICES'], []]);
    expect((await timed(() => fuzzPlotImport(world, input))).verdict).toBe('accepted');
  });

  it('coordinates no map holds, or that reprojection turns into NaN, are rejected as "check the coordinates"', async () => {
    // Read as longitude/latitude (the user's choice), not taken for metres.
    const offGlobe = text(
      'fuera.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
        features: [
          feature({
            type: 'Polygon',
            coordinates: [
              [
                [-78.9, 95],
                [-78.8, 95],
                [-78.8, 96],
                [-78.9, 95],
              ],
            ],
          }),
        ],
      }),
    );
    expect(await verdictReasons(offGlobe, 4326)).toEqual([['OUTSIDE_PERU']]);
    const utm = text(
      'utm.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:32717' } },
        features: [
          feature({
            type: 'Polygon',
            coordinates: [
              [
                [1e20, 1e20],
                [2e20, 1e20],
                [2e20, 2e20],
                [1e20, 1e20],
              ],
            ],
          }),
        ],
      }),
    );
    await timed(() => fuzzPlotImport(world, utm));
    expect(await verdictReasons(utm)).toEqual([['OUTSIDE_PERU']]);
  });

  it('a KML outline thousands of km long is rejected at once, not measured for seconds', async () => {
    // 13 vertices zigzagging 9° apart: ~110 km of outline per edge, 108° in all (geodesic.ts would densify to 108,000 points).
    const ring = Array.from({ length: 13 }, (_, i) => `${i % 2 === 0 ? -79 : -70},${-5 - (i % 12) * 0.01}`);
    ring.push(ring[0] as string);
    const kml = `<kml><Placemark><name>Zigzag</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring.join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`;
    const { ms } = await timed(() => fuzzPlotImport(world, text('zigzag.kml', kml)));
    expect(ms).toBeLessThan(2_000);
    expect(await verdictReasons(text('zigzag.kml', kml))).toEqual([['OUTLINE_TOO_LONG']]);
  });

  it('a GPX of repeated XML declarations is refused at once (the root-name pattern backtracked exponentially)', async () => {
    const gpx = `${"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n".repeat(90)}<gpx version="1.1"><wpt lat="-5.1" lon="-78.9"/></gpx>`;
    const outcome = await timed(() => fuzzPlotImport(world, text('recorrido.gpx', gpx)));
    expect(outcome).toMatchObject({ verdict: 'refused', refusal: 'FILE_UNREADABLE/BAD_XML' });
    expect(outcome.ms).toBeLessThan(1_000);
  });
});

/** A GeoPackage made with better-sqlite3, with `extra` SQL run after one plain feature table is in place. */
function geoPackage(extra: (db: Database.Database) => void): FuzzCase {
  const file = path.join(tempDir(), 'hostil.gpkg');
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  createGpkgCore(db);
  db.exec('CREATE TABLE parcelas (fid INTEGER PRIMARY KEY, geom BLOB, nombre TEXT)');
  // A GeoPackage point blob: "GP", version 0, flags 1 (little-endian, no envelope), srs 4326, WKB POINT.
  const blob = Buffer.alloc(8 + 21);
  blob.write('GP', 0, 'latin1');
  blob.writeUInt8(1, 3);
  blob.writeInt32LE(4326, 4);
  blob.writeUInt8(1, 8);
  blob.writeUInt32LE(1, 9);
  blob.writeDoubleLE(-78.99, 13);
  blob.writeDoubleLE(-5.15, 21);
  for (let i = 0; i < 50; i += 1)
    db.prepare('INSERT INTO parcelas (geom, nombre) VALUES (?, ?)').run(blob, `Lote ${i}`);
  db.prepare(
    "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('parcelas', 'features', 'parcelas', 4326)",
  ).run();
  db.prepare("INSERT INTO gpkg_geometry_columns VALUES ('parcelas', 'geom', 'POINT', 4326, 0, 0)").run();
  extra(db);
  db.close();
  return { label: 'hostil.gpkg', fileName: 'hostil.gpkg', bytes: new Uint8Array(fs.readFileSync(file)) };
}

describe('GeoPackage: hostile SQL inside the file', () => {
  it('gpkg_contents as a recursive view without end is refused (it held the import for ever)', async () => {
    const input = geoPackage((db) => {
      db.exec('ALTER TABLE gpkg_contents RENAME TO contents_base');
      db.exec(
        "CREATE VIEW gpkg_contents AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT 'x' || i AS table_name, 'features' AS data_type FROM n",
      );
    });
    expect(await timed(() => fuzzPlotImport(world, input))).toMatchObject({ refusal: 'FILE_UNREADABLE/NOT_GPKG' });
  });

  it('a feature "table" that is a recursive view is refused', async () => {
    const input = geoPackage((db) => {
      db.exec(
        'CREATE VIEW vista AS WITH RECURSIVE n(fid) AS (SELECT 1 UNION ALL SELECT fid + 1 FROM n) SELECT fid, NULL AS geom FROM n',
      );
      db.exec("UPDATE gpkg_contents SET table_name = 'vista', identifier = 'vista'");
      db.exec("UPDATE gpkg_geometry_columns SET table_name = 'vista'");
    });
    expect(await timed(() => fuzzPlotImport(world, input))).toMatchObject({ refusal: 'FILE_UNREADABLE/NOT_GPKG' });
  });

  it('a virtual generated column (100 MB per row) is not computed: the plots are read without it', async () => {
    const input = geoPackage((db) =>
      db.exec('ALTER TABLE parcelas ADD COLUMN bomba BLOB AS (zeroblob(100000000)) VIRTUAL'),
    );
    const opened = await world.core.call('imports.open', {
      source: { fileName: input.fileName, dataBase64: Buffer.from(input.bytes).toString('base64') },
    });
    expect(opened.ok && (opened.value as { columns: string[] }).columns).toEqual(['nombre']);
    expect((await timed(() => fuzzPlotImport(world, input))).verdict).toBe('accepted');
  });
});

const tiff = (
  extraTags: Record<string, unknown> = {},
  values?: number[],
  origin: [number, number] = [-79, -5.1],
  crsCode = 4326,
) =>
  ({
    label: 'capa.tif',
    fileName: 'capa.tif',
    bytes: writeGeoTiff(
      {
        width: 4,
        height: 3,
        values: values ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        geoTransform: geoTransformOf(origin[0], origin[1], 0.001, -0.001),
        crsCode,
        noData: null,
      },
      extraTags,
    ),
  }) satisfies FuzzCase;

describe('GeoTIFF hazard layers: inputs the fuzzer found', () => {
  it('an infinite pixel is noData: the layer is added with a finite range (it was written, then refused: a partial write)', async () => {
    const outcome = await timed(() =>
      fuzzHazardLayer(world, tiff({}, [Infinity, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -Infinity])),
    );
    expect(outcome.verdict).toBe('accepted');
    const [layer] = world.db.prepare('SELECT raster FROM layers').pluck().all() as string[];
    expect(JSON.parse(layer ?? '{}')).toMatchObject({ min: 2, max: 11 });
  });

  it.each([
    ['RowsPerStrip = 0 (the block loop never ended)', { RowsPerStrip: [0] }],
    ['a single-number ModelTiepoint (read as an array: INTERNAL)', { ModelTiepoint: [5] }],
    ['20,000 × 19,000 pixels declared in a 1 kB file (1.5 GB filled for nothing)', { width: 20_000, height: 19_000 }],
  ])('%s is refused, nothing written', async (_name, tags) => {
    expect(await timed(() => fuzzHazardLayer(world, tiff(tags)))).toMatchObject({ verdict: 'refused' });
    expect(world.db.prepare('SELECT count(*) FROM layers').pluck().get()).toBe(0);
  });

  it("raw floats labelled LZW are refused (geotiff.js's own LZW decoder grew an array until the process died)", async () => {
    const values = Array.from({ length: 400 }, (_, i) => 1000 + i * 3.7);
    const bytes = writeGeoTiff(
      {
        width: 400,
        height: 1,
        values,
        geoTransform: geoTransformOf(-79, -5, 0.001, -0.001),
        crsCode: 4326,
        noData: null,
      },
      { Compression: [5] },
    );
    expect(await timed(() => fuzzHazardLayer(world, { label: 'lzw.tif', fileName: 'lzw.tif', bytes }))).toMatchObject({
      refusal: 'FILE_UNREADABLE/GEOTIFF_UNSUPPORTED_ENCODING',
    });
  });

  it('the bounded LZW decoder never writes past a block, whatever the bytes', () => {
    let state = 20_261;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) % 256;
    for (let run = 0; run < 300; run += 1) {
      const input = Uint8Array.from({ length: 1 + (run % 97) * 13 }, random);
      try {
        expect(decodeLzw(input, 4096).length).toBeLessThanOrEqual(4096);
      } catch (error) {
        expect(String(error)).toMatch(/LZW/);
      }
    }
  });

  it.each([
    ['lon 500°', [500, 5] as [number, number], 4326],
    ['an origin of 1e300 m', [1e300, 1e300] as [number, number], 32717],
  ])('a raster placed off the Earth (%s) is refused for its georeference', async (_name, origin, crs) => {
    expect(await timed(() => fuzzHazardLayer(world, tiff({}, undefined, origin, crs)))).toMatchObject({
      refusal: 'FILE_UNREADABLE/GEOTIFF_NO_GEOREFERENCE',
    });
  });
});

describe('packages signed by a laptop, with changes no Cafetal writes', () => {
  const stranger = strangerIdentity();
  const signed = (entries: object[]): FuzzCase => {
    const manifest = {
      format: 'cafetal-package',
      formatVersion: 1,
      network: { id: '11111111-1111-4111-8111-111111111111', name: 'Red', settled: false },
      sender: { id: stranger.id, name: stranger.name, publicKey: Buffer.from(stranger.publicKey).toString('base64') },
      createdAt: '2026-03-01T12:00:00.000Z',
      schemaVersion: 1,
      knowledge: {},
      since: {},
      entries: entries.length,
      deviceNames: {},
      rasterFiles: [],
    };
    const changes = entries.map((e, i) =>
      JSON.stringify({ device: stranger.id, counter: i + 1, context: {}, changedAt: '2026-03-01T12:00:00.000Z', ...e }),
    );
    return {
      label: 'hostil.cafetal',
      fileName: 'hostil.cafetal',
      bytes: sealPackage(
        { 'manifest.json': Buffer.from(JSON.stringify(manifest)), 'changes.ndjson': Buffer.from(changes.join('\n')) },
        stranger,
      ),
    };
  };
  const plotId = '22222222-2222-4222-8222-222222222222';

  it.each([
    [
      'a plot without its required fields (NOT NULL: INTERNAL)',
      { table: 'plots', row: plotId, fields: { id: plotId, name: 'x' } },
    ],
    [
      'a field holding an object (cannot be bound: INTERNAL)',
      { table: 'plots', row: plotId, fields: { name: { a: 1 } } },
    ],
    [
      'a layer feature whose row id names one key of two (INTERNAL)',
      { table: 'layer_features', row: 'solo', fields: { class_value: 'x' } },
    ],
  ])('%s is refused as not a package, nothing written', async (_name, entry) => {
    expect(await timed(() => fuzzPackageImport(world, signed([entry])))).toMatchObject({
      verdict: 'refused',
      refusal: 'FILE_UNREADABLE/NOT_PACKAGE',
    });
  });
});
