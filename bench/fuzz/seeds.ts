import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { createCore } from '../../electron/core/create-core.js';
import type { Core } from '../../electron/core/create-core.js';
import type { DeviceIdentity } from '../../electron/core/sync/device-identity.js';
import type { FuzzFormat } from './fuzz-types.js';
import type { SeedFile } from './mutate.js';
import { must, populate, sampleGeoTiff } from './seed-workspace.js';
import { writeGeoTiff } from '../../electron/core/raster/write-geotiff.js';
import { geoTransformOf } from '../../electron/core/raster/raster-grid.js';

/** The real third-party files beside the checkout (../shared/fixtures): read in place, never copied. */
export const fixturesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');

/** Which fixtures seed which format (every one of them: quirks and broken files included). */
const fixtureFolders: Partial<Record<FuzzFormat, { folder: string; pattern: RegExp }[]>> = {
  geojson: [{ folder: 'admin', pattern: /\.geojson$/ }],
  kml: [{ folder: 'kml', pattern: /\.kml$/ }],
  gpx: [{ folder: 'gpx', pattern: /\.gpx$/ }],
  shapefile: [
    { folder: 'shapefile', pattern: /\.zip$/ },
    { folder: 'admin', pattern: /\.zip$/ },
  ],
  csv: [{ folder: 'admin', pattern: /\.csv$/ }],
};

export function fixtureSeeds(format: FuzzFormat): SeedFile[] {
  const seeds: SeedFile[] = [];
  for (const { folder, pattern } of fixtureFolders[format] ?? []) {
    const dir = path.join(fixturesDir, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => pattern.test(n))
      .sort()) {
      seeds.push({ name: `${folder}/${name}`, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) });
    }
  }
  return seeds;
}

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** CSV tables as field forms, Excel in Spanish and ODK exports write them. */
function csvSeeds(): SeedFile[] {
  return [
    {
      name: 'written/latlon.csv',
      bytes: utf8(
        'codigo,productor,dni,lat,lon,area_ha\nA-1,Rosa Díaz,40123456,-5.1501,-78.9902,1.5\nA-2,Juan Vega,,-5.1522,-78.9871,2\n',
      ),
    },
    {
      name: 'written/excel-es.csv',
      bytes: utf8(
        '\uFEFFCódigo;Productor;Latitud;Longitud;Área\r\nB-1;Ñique;-5,1501;-78,9902;1,5\r\nB-2;Tocto;-5,14;-78,98;0,75\r\n',
      ),
    },
    {
      name: 'written/utm.csv',
      bytes: utf8('codigo,productor,este,norte,zona\nC-1,Ana,730100,9367100,17S\nC-2,Luis,730500,9367400,17S\n'),
    },
    {
      name: 'written/latin1.csv',
      bytes: new Uint8Array(
        Buffer.from('codigo\tproductor\tlatitud\tlongitud\nD-1\tMaría Núñez\t-5.2\t-79.01\n', 'latin1'),
      ),
    },
  ];
}

/** GeoTIFFs from Cafetal's writer, and (when GDAL is installed, as in CI) compressed and tiled copies. */
function geotiffSeeds(workDir: string): SeedFile[] {
  const utm = writeGeoTiff({
    width: 24,
    height: 18,
    values: Float32Array.from({ length: 24 * 18 }, (_, i) => 900 + i * 1.5),
    geoTransform: geoTransformOf(730_000, 9_368_000, 30, -30),
    crsCode: 32717,
    noData: null,
  });
  const alpha = writeGeoTiff(
    {
      width: 8,
      height: 6,
      values: Float32Array.from({ length: 8 * 6 * 2 }, (_, i) => (i % 2 === 1 ? (i % 5 === 0 ? 0 : 255) : i)),
      geoTransform: geoTransformOf(-79.0, -5.1, 0.002, -0.002),
      crsCode: 4326,
      noData: null,
    },
    { ExtraSamples: [2] },
  );
  const psad = writeGeoTiff({
    width: 10,
    height: 10,
    values: Float32Array.from({ length: 100 }, (_, i) => 14 + i / 10),
    geoTransform: geoTransformOf(730_300, 9_367_700, 100, -100),
    crsCode: 24877,
    noData: -3.4e38,
  });
  const seeds: SeedFile[] = [
    { name: 'written/dem-4326.tif', bytes: sampleGeoTiff() },
    { name: 'written/dem-32717.tif', bytes: utm },
    { name: 'written/alpha-4326.tif', bytes: alpha },
    { name: 'written/temp-24877.tif', bytes: psad },
  ];
  const source = path.join(workDir, 'utm.tif');
  fs.writeFileSync(source, utm);
  const variants: [string, string[]][] = [
    ['deflate-tiled', ['-co', 'COMPRESS=DEFLATE', '-co', 'TILED=YES', '-co', 'BLOCKXSIZE=16', '-co', 'BLOCKYSIZE=16']],
    ['lzw-int16', ['-ot', 'Int16', '-co', 'COMPRESS=LZW', '-co', 'PREDICTOR=2']],
    ['packbits-byte', ['-ot', 'Byte', '-scale', '-co', 'COMPRESS=PACKBITS']],
    ['float64-predictor', ['-ot', 'Float64', '-co', 'COMPRESS=DEFLATE', '-co', 'PREDICTOR=3']],
  ];
  for (const [name, options] of variants) {
    const out = path.join(workDir, `${name}.tif`);
    try {
      execFileSync('gdal_translate', ['-q', ...options, source, out], { stdio: 'ignore' });
      seeds.push({ name: `gdal/${name}.tif`, bytes: new Uint8Array(fs.readFileSync(out)) });
    } catch {
      // GDAL is not installed here: the core-written seeds still exercise every reader path but compression.
    }
  }
  return seeds;
}

/** What the fuzzer works from: per format, seed files; for packages, also who signed them. */
export interface SeedSet {
  files: Map<FuzzFormat, SeedFile[]>;
  /** The laptop that wrote the package seeds: re-signs mutated contents (a hostile but trusted sender). */
  signer: DeviceIdentity;
  dispose(): void;
}

const decode = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

/**
 * Builds every format's seeds: the fixtures, plus the same small organisation
 * exported by a real core in each format and written as `.cafetal` packages.
 */
export async function buildSeeds(): Promise<SeedSet> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-fuzz-seeds-'));
  const core: Core = await createCore({
    dbPath: path.join(workDir, 'sender', 'cafetal.sqlite'),
    dataDir: path.join(workDir, 'sender'),
  });
  try {
    await must(core, 'exchange.renameDevice', { name: 'Laptop de Rosa — Chirinos' });
    const { organisationId } = await populate(core);
    const exported = async (format: string): Promise<SeedFile[]> => {
      const out = await must<{ files: { fileName: string; dataBase64: string }[] }>(core, 'exports.download', {
        format,
        organisationId,
      });
      return out.files.map((f) => ({ name: `written/${f.fileName}`, bytes: decode(f.dataBase64) }));
    };
    const files = new Map<FuzzFormat, SeedFile[]>();
    const geojson = [...(await exported('geojson')), ...(await exported('eudr'))];
    const kml = await exported('kml');
    files.set('geojson', [...fixtureSeeds('geojson'), ...geojson]);
    files.set('kml', [...fixtureSeeds('kml'), ...kml]);
    const kmzOf = (seed: SeedFile, inner: string): SeedFile => ({
      name: `${seed.name} in kmz:${inner}`,
      bytes: zipSync({ [inner]: seed.bytes, 'files/icon.png': Uint8Array.of(0x89, 0x50, 0x4e, 0x47) }),
    });
    files.set('kmz', [
      ...kml.map((s) => kmzOf(s, 'doc.kml')),
      ...fixtureSeeds('kml').map((s, i) => kmzOf(s, i % 2 === 0 ? 'doc.kml' : 'files/Parcelas.KML')),
    ]);
    files.set('gpx', fixtureSeeds('gpx'));
    files.set('shapefile', [...fixtureSeeds('shapefile'), ...(await exported('shp'))]);
    files.set('csv', [...fixtureSeeds('csv'), ...csvSeeds(), ...(await exported('csv'))]);
    files.set('gpkg', await exported('gpkg'));
    files.set('geotiff', geotiffSeeds(workDir));
    const packages: SeedFile[] = [];
    for (const [name, includeRasters] of [
      ['todo.cafetal', false],
      ['con-rasters.cafetal', true],
    ] as const) {
      const target = path.join(workDir, name);
      await must(core, 'exchange.write', { path: target, includeRasters });
      packages.push({ name: `written/${name}`, bytes: new Uint8Array(fs.readFileSync(target)) });
    }
    files.set('package', packages);
    return {
      files,
      signer: core.context.device,
      dispose: () => fs.rmSync(workDir, { recursive: true, force: true }),
    };
  } finally {
    core.close();
  }
}
